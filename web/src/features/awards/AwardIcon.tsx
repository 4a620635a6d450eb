/** A rosette: decorative, the award's name always says it in words. */
export function AwardIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M5.2 9.6 4 15l4-2 4 2-1.2-5.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
