import type { Translation } from './types';

/** Connections between members and contact requests from employers, and their notifications. */
export const vi = {
  'notice.connectionRequested': '{name} muốn kết nối với bạn.',
  'notice.connectionAccepted': '{name} đã đồng ý kết nối với bạn.',
} as const;

export const en: Translation<typeof vi> = {
  'notice.connectionRequested': '{name} would like to connect with you.',
  'notice.connectionAccepted': '{name} accepted your connection request.',
};
