// Small line icons for the reading view. Decorative: the text beside each one names the action.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function HeartIcon() {
  return (
    <Icon>
      <path d="M12 19.5s-7-4.2-7-9.6A3.9 3.9 0 0 1 12 7.6a3.9 3.9 0 0 1 7 2.3c0 5.4-7 9.6-7 9.6z" />
    </Icon>
  );
}

export function BreathIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="3" />
      <circle cx="12" cy="12" r="7.5" opacity="0.55" />
    </Icon>
  );
}

export function LeafIcon() {
  return (
    <Icon>
      <path d="M5 19c0-8 5-13 14-14-1 9-6 14-14 14z" />
      <path d="M5 19l8-8" />
    </Icon>
  );
}

export function SearchIcon() {
  return (
    <Icon>
      <circle cx="10.5" cy="10.5" r="5.5" />
      <path d="M15 15l4.5 4.5" />
    </Icon>
  );
}

export function ChevronIcon({ up = false }: { up?: boolean }) {
  return (
    <Icon>
      <path d={up ? 'M6 14l6-6 6 6' : 'M6 10l6 6 6-6'} />
    </Icon>
  );
}
