import { ComingScreen } from '../../ui/ComingScreen';

export default function ReadScreen() {
  return <ComingScreen title="Forget Loving Yourself" />;
}
