// Expected errors carry a message fit for the person who caused them; anything else is
// logged with context and shown as a generic message.
// The message is English (the reseller API and the logs show it as is); pages show it in the
// reader's language: by its wording in messages/en/errors.json, or by `i18n` when it has values.
import type { ErrorI18n } from "@/i18n/error-text";
import { errorMessages } from "@/i18n/error-text";

export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string = "invalid",
    readonly field?: string,
    readonly i18n?: ErrorI18n,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(message = errorMessages.notFound) {
    super(message, "not_found");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = errorMessages.forbidden) {
    super(message, "forbidden");
  }
}

export function isExpectedError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const GENERIC_ERROR = errorMessages.generic;
