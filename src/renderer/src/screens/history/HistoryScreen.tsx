import { ComingScreen } from '../../ui/ComingScreen';
import { SettingsNav } from '../../ui/SettingsNav';

export default function HistoryScreen() {
  return <ComingScreen title="History" nav={<SettingsNav current="history" />} />;
}
