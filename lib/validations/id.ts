// A row's id as a form, a URL or a button hands it over: a positive whole number that fits the
// database's 32-bit id columns (PostgreSQL refuses a larger one instead of finding nothing).
import { z } from "zod";
import { errorMessages } from "@/i18n/error-text";

export const MAX_ID = 2_147_483_647;

export const idSchema = z.coerce.number().int().positive().max(MAX_ID);

/** An order's id, with the message a customer or an admin sees for a wrong one. */
export const orderIdSchema = z.coerce
  .number()
  .int(errorMessages.cancel.incorrectOrderId)
  .positive(errorMessages.cancel.incorrectOrderId)
  .max(MAX_ID, errorMessages.cancel.incorrectOrderId);
