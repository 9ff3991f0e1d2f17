import { auth } from './auth';

/** Every form of the site posts to one of these actions (zero-JS forms; JavaScript only enhances). */
export const server = { ...auth };
