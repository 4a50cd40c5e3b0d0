"""Small audio building blocks over sox, espeak-ng, flite and fluidsynth.

Every intermediate file is 16 kHz mono 16-bit WAV in the clip's own scratch
folder, so pieces can be joined and mixed without further conversion.
"""

import os
import subprocess
import wave

RATE = 16000


def run(args):
    result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {result.stderr.decode(errors='ignore')[-300:]}")


def duration(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def media_duration(path):
    out = subprocess.run(["soxi", "-D", path], capture_output=True, text=True)
    try:
        return float(out.stdout.strip())
    except ValueError:
        return 0.0


class Workspace:
    """A scratch folder that hands out fresh file names."""

    def __init__(self, folder, rng):
        self.folder = folder
        self.rng = rng
        self.count = 0
        os.makedirs(folder, exist_ok=True)

    def fresh(self, ext="wav"):
        self.count += 1
        return os.path.join(self.folder, f"p{self.count}.{ext}")

    def convert(self, source, effects=()):
        """Any sound file to 16 kHz mono, with optional sox effects."""
        out = self.fresh()
        run(["sox", "-V0", source, "-r", str(RATE), "-c", "1", "-b", "16", out, *effects])
        return out

    def silence(self, seconds):
        out = self.fresh()
        run(["sox", "-V0", "-n", "-r", str(RATE), "-c", "1", "-b", "16", out, "trim", "0",
             f"{max(seconds, 0.01):.3f}"])
        return out

    def noise(self, seconds, colour, level_db):
        out = self.fresh()
        run(["sox", "-V0", "-n", "-r", str(RATE), "-c", "1", "-b", "16", out, "synth",
             f"{seconds:.3f}", f"{colour}noise", "gain", f"{level_db:.1f}"])
        return out

    def concat(self, pieces):
        if len(pieces) == 1:
            return pieces[0]
        out = self.fresh()
        # sox takes many inputs, but keep the command line within limits.
        while len(pieces) > 200:
            pieces = [self.concat(pieces[:200])] + pieces[200:]
        run(["sox", "-V0", *pieces, out])
        return out

    def excerpt(self, source, start, length, fade=0.5):
        return self.convert(source, ["trim", f"{start:.3f}", f"{length:.3f}",
                                     "fade", "t", f"{fade:.2f}", f"{length:.3f}", f"{fade:.2f}"])

    def fit(self, source, length):
        """The source cut or looped (never padded with silence) to the length."""
        have = duration(source)
        if have <= 0:
            return self.silence(length)
        if have < length:
            repeats = int(length / have) + 1
            looped = self.fresh()
            run(["sox", "-V0", source, looped, "repeat", str(repeats)])
            source = looped
        out = self.fresh()
        run(["sox", "-V0", source, out, "trim", "0", f"{length:.3f}"])
        return out

    def mix(self, base, layers):
        """layers: (path, gain_db, offset_s); the result has the base's length."""
        if not layers:
            return base
        length = duration(base)
        args = ["sox", "-V0", "-m", "-v", "1", base]
        for path, gain_db, offset in layers:
            if offset > 0:
                shifted = self.fresh()
                run(["sox", "-V0", path, shifted, "pad", f"{offset:.3f}"])
                path = shifted
            args += ["-v", f"{10 ** (gain_db / 20):.4f}", path]
        out = self.fresh()
        run(args + [out, "trim", "0", f"{length:.3f}"])
        return out

    def loudness_matched(self, path, peak_db):
        out = self.fresh()
        run(["sox", "-V0", path, out, "gain", "-n", f"{peak_db:.1f}"])
        return out


class Speaker:
    """One voice, kept for the whole clip: an engine, a voice and its manner."""

    def __init__(self, engine, voice, language, speed, pitch, shift_cents=0, tone=None):
        self.engine = engine      # "espeak" or "flite"
        self.voice = voice        # espeak variant or flite voice
        self.language = language
        self.speed = speed        # words per minute for espeak, a tempo factor for flite
        self.pitch = pitch        # espeak 0-99
        self.shift_cents = shift_cents
        self.tone = tone or []    # sox EQ effects that colour this voice

    def say(self, ws, text, speed_scale=1.0, pitch_offset=0):
        raw = ws.fresh()
        if self.engine == "espeak":
            run(["espeak-ng", "-v", f"{self.language}+{self.voice}",
                 "-s", str(int(self.speed * speed_scale)),
                 "-p", str(max(0, min(99, int(self.pitch + pitch_offset)))),
                 "-w", raw, text])
            effects = []
        else:
            run(["flite", "-voice", self.voice, "-t", text, "-o", raw])
            effects = ["tempo", "-s", f"{self.speed * speed_scale:.3f}"]
        if self.shift_cents:
            effects += ["pitch", str(int(self.shift_cents))]
        trim = ["silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"]
        try:
            return ws.convert(raw, effects + self.tone + trim)
        except RuntimeError:  # next to nothing was said (a lone symbol): keep it untrimmed
            return ws.convert(raw, effects + self.tone)


def render_midi(ws, midi_path, soundfont):
    raw = ws.fresh()
    run(["fluidsynth", "-ni", "-q", "-g", "0.7", "-r", "44100", "-F", raw, soundfont, midi_path])
    return ws.convert(raw)
