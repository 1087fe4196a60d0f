// Today's date for screens that show "today" (the pauses-today preview, the history chart),
// refreshed just after midnight by one timer — no polling.
import { useEffect, useState } from 'react';

export function useToday(): Date {
  const [today, setToday] = useState(() => new Date());
  useEffect(() => {
    const next = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
    const timer = setTimeout(() => setToday(new Date()), next - Date.now() + 1000);
    return () => clearTimeout(timer);
  }, [today]);
  return today;
}
