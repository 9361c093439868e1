/**
 * A soft two-note chime made on the spot with WebAudio: no file, no network.
 * Quiet and short, so it tells the facilitator time is up without startling
 * the room. Silently does nothing where audio is unavailable.
 */
export function playChime(): void {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const start = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      const at = start + i * 0.35;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.12, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.1);
      tone.connect(gain).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 1.2);
    }
    setTimeout(() => void audio.close(), 2000);
  } catch {
    // No audio device: the visual pulse still shows.
  }
}
