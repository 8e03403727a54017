// A customer's link (what an order is for): clickable when it is a web address, opened in a new
// tab without handing this page to it; plain text otherwise (a username, say).
export function ExternalLink({ href, className = "" }: { href: string; className?: string }) {
  if (!/^https?:\/\//i.test(href)) return <span className={`text-slate-700 ${className}`}>{href}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer noopener"
      title={href}
      className={`text-brand-700 hover:underline ${className}`}
    >
      {href}
    </a>
  );
}
