// Expected errors carry a message fit for the person who caused them; anything else is
// logged with context and shown as a generic message.

export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string = "invalid",
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super(message, "not_found");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this") {
    super(message, "forbidden");
  }
}

export function isExpectedError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const GENERIC_ERROR = "Something went wrong. Please try again.";
