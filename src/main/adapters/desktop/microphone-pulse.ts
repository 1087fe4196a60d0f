// The microphone is in use on Linux: a capture stream is open — a "source output" in
// PulseAudio, or in PipeWire through its PulseAudio server (pipewire-pulse, the default audio
// server of current Fedora, Ubuntu and Debian desktops). Read with `pactl list short
// source-outputs` and `pactl list short sources` (pulseaudio-utils); the short listing has
// only numbers (stream, source, client) and the source names, never an application's name.
// Streams on a ".monitor" source record what the speakers play (screen recorders, level
// meters), not the microphone, so they do not count.
import type { Answer, BusyProbe, RunCommand } from './busy-probe';

/** `pactl list short sources` → the indexes of monitor sources ("<sink>.monitor"). */
export function parseMonitorSources(stdout: string): Set<number> {
  const out = new Set<number>();
  for (const line of stdout.split('\n')) {
    const [index, name] = line.split('\t');
    if (index && name?.endsWith('.monitor')) out.add(Number(index));
  }
  return out;
}

/** `pactl list short source-outputs` → whether a stream captures from a real source. */
export function parseCaptureStreams(stdout: string, monitors: Set<number>): boolean {
  return stdout.split('\n').some((line) => {
    const [stream, source] = line.split('\t');
    return /^\d+$/.test(stream ?? '') && /^\d+$/.test(source ?? '') && !monitors.has(Number(source));
  });
}

export function pulseCapture(run: RunCommand, env: NodeJS.ProcessEnv): BusyProbe {
  return {
    source: 'PulseAudio/PipeWire capture streams (pactl)',
    async read(): Promise<Answer> {
      const [outputs, sources] = await Promise.all([
        run('pactl', ['list', 'short', 'source-outputs'], { env }),
        run('pactl', ['list', 'short', 'sources'], { env }),
      ]);
      // pactl exits non-zero when no sound server answers: can't tell.
      if (outputs?.code !== 0 || sources?.code !== 0) return null;
      return parseCaptureStreams(outputs.stdout, parseMonitorSources(sources.stdout));
    },
  };
}
