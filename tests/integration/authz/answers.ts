import type { Answer, Expectation } from './routes';
import type { Role } from './world';

/** The answer a role expects under an expectation. */
export function expectedFor(expectation: Expectation, role: Role): Answer {
  return typeof expectation === 'object' ? (expectation[role] ?? expectation.rest) : expectation;
}

const SIGN_IN_PATHS = ['/dang-nhap', '/en/sign-in'];

/** What a response is, in the matrix's words: a status, or a redirect to the sign-in page or elsewhere. */
export function answerOf(response: Response): number | 'signIn' | 'redirect' {
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get('Location') ?? '', 'http://site');
    return SIGN_IN_PATHS.includes(location.pathname) ? 'signIn' : 'redirect';
  }
  return response.status;
}
