/** The red chair: a seat kept for the customer at every table. Decorative unless given a title. */
export function RedChairMark({ size = 28, title }: { size?: number; title?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
    >
      <rect x="9" y="3" width="14" height="12" rx="3" fill="currentColor" />
      <rect x="7" y="15" width="18" height="5" rx="2" fill="currentColor" />
      <path d="M9 20v9M23 20v9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <path d="M12 7h8" stroke="#fff" strokeOpacity=".35" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
