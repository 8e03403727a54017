"use client";
import { forwardRef, useSyncExternalStore } from "react";
import { buttonClass, type ButtonVariant } from "./button-class";

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; loading?: boolean };

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true once the page's script runs.
 * A form whose submit is handled by script would otherwise be sent by the browser itself when
 * clicked (or Enter is pressed) before then: a GET to the same page with every field, the
 * password too, in the address.
 */
function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** A submit button (the default type) stays disabled until the page's script can handle it. */
export const Button = forwardRef<HTMLButtonElement, Props>(function Button(
  { variant = "primary", loading, className = "", children, disabled, type = "submit", ...rest },
  ref,
) {
  const hydrated = useHydrated();
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled || loading || (type === "submit" && !hydrated)}
      {...rest}
    >
      {loading && (
        <span
          className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          aria-hidden
        />
      )}
      {children}
    </button>
  );
});
