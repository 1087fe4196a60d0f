import { ComingScreen } from '../../ui/ComingScreen';

export default function PracticeScreen(_props: { route: string; params: Record<string, string> }) {
  return <ComingScreen title="A pause" />;
}
