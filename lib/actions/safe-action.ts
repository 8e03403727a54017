import "server-only";
// Every server action is built by one of these: the caller's role is checked first thing, then
// each argument is parsed by its schema, then the action runs; whatever goes wrong becomes the
// form's ActionResult (runAction). Audit entries are written by the domain functions in the same
// transaction as their change; an admin action hands them `who` (the admin and their IP).
import { z } from "zod";
import type { Actor as AuditActor } from "../audit/record-audit";
import { adminActor } from "../auth/admin-actor";
import { assertOwner, assertUser, type CurrentUser } from "../auth/session";
import { runAction, type ActionResult } from "../http/action-result";
import { requestIp } from "../http/request-ip";

/** The admin doing an action, as the audit log names them; an action always knows the IP. */
export type Actor = Required<AuditActor>;

type Schemas = readonly z.ZodType[];
type Inputs<S extends Schemas> = { [K in keyof S]: z.input<S[K]> };
type Parsed<S extends Schemas> = { [K in keyof S]: z.output<S[K]> };
type Body<C, S extends Schemas, T> = (who: C, ...args: Parsed<S>) => Promise<T>;

/** An argument the domain function parses itself (it is called from the CLI or the API too). */
export const parsedByDomain = <T>() => z.custom<T>();

function defineAction<C, const S extends Schemas, T>(
  name: string,
  authorize: () => Promise<C>,
  schemas: S,
  body: Body<C, S, T>,
) {
  return (...args: Inputs<S>): Promise<ActionResult<T>> =>
    runAction(name, async () => {
      const who = await authorize();
      const parsed: unknown[] = [];
      for (const [i, schema] of schemas.entries()) parsed.push(await schema.parseAsync(args[i]));
      return body(who, ...(parsed as Parsed<S>));
    });
}

/** For the admin area: an admin (or the owner) who passed two-factor enrolment if required. */
export function adminAction<const S extends Schemas, T>(name: string, schemas: S, body: Body<Actor, S, T>) {
  return defineAction(name, adminActor, schemas, body);
}

/** For what only the panel's owner may do. */
export function ownerAction<const S extends Schemas, T>(name: string, schemas: S, body: Body<Actor, S, T>) {
  return defineAction(
    name,
    async () => ({ id: (await assertOwner()).id, ip: await requestIp() }),
    schemas,
    body,
  );
}

/**
 * For the customer area: the signed-in customer. An admin viewing a customer's account is refused,
 * unless the action is allowed while viewing; it is then audited with both identities (assertUser).
 */
export function customerAction<const S extends Schemas, T>(
  name: string,
  schemas: S,
  body: Body<CurrentUser, S, T>,
  options: { allowWhileViewing?: boolean } = {},
) {
  return defineAction(
    name,
    () => assertUser(options.allowWhileViewing ? { allowWhileViewing: name } : {}),
    schemas,
    body,
  );
}

/** For anonymous visitors (signing up, resetting a password): the request's IP. */
export function publicAction<const S extends Schemas, T>(
  name: string,
  schemas: S,
  body: Body<{ ip: string }, S, T>,
) {
  return defineAction(name, async () => ({ ip: await requestIp() }), schemas, body);
}
