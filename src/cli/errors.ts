/** A problem the user can fix (bad input, unknown name): one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

/** Exit codes, documented in README. */
export const EXIT_OK = 0;
/** Nothing could be read, a name matched no one or several people, the output could not be written. */
export const EXIT_FAILURE = 1;
/** The command line itself is wrong: unknown command or option, missing argument. */
export const EXIT_USAGE = 2;
