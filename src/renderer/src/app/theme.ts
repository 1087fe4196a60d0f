// Applies the person's theme choice to <html data-theme>; "system" follows prefers-color-scheme
// through CSS alone, so an OS change needs no script.
import { useEffect } from 'react';
import type { Settings } from '../../../shared/settings';

export function useTheme(settings: Settings | null, override?: string): void {
  useEffect(() => {
    const theme = override ?? settings?.system.theme ?? 'system';
    document.documentElement.dataset.theme = theme;
  }, [settings?.system.theme, override]);
}
