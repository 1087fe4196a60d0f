// A route whose feature is still being built: its real title and a way to close, nothing fake.
import type { ReactNode } from 'react';
import { ScreenFrame } from './ScreenFrame';

export function ComingScreen({ title, nav, children }: { title: string; nav?: ReactNode; children?: ReactNode }) {
  return (
    <ScreenFrame title={title} nav={nav}>
      {children ?? <p className="muted">This part of Attune is still being built.</p>}
    </ScreenFrame>
  );
}
