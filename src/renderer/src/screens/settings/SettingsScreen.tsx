import { ComingScreen } from '../../ui/ComingScreen';
import { SettingsNav } from '../../ui/SettingsNav';

export default function SettingsScreen() {
  return <ComingScreen title="Settings" nav={<SettingsNav current="settings" />} />;
}
