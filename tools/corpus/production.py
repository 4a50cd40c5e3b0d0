"""The recording conditions, drawn the same way for every class: level,
microphone colour, room, background noise, and the file's codec. Video files
get moving pictures from ffmpeg's generators, with cuts."""

from audio import run

ROOMS = ["none", "none", "small", "medium", "large"]
CODECS = [  # (extension, ffmpeg audio arguments)
    ("wav", ["-c:a", "pcm_s16le"]), ("flac", ["-c:a", "flac"]),
    ("mp3", ["-c:a", "libmp3lame", "-b:a", "{kbps}k"]), ("ogg", ["-c:a", "libvorbis", "-q:a", "{q}"]),
    ("m4a", ["-c:a", "aac", "-b:a", "{kbps}k"]), ("opus", ["-c:a", "libopus", "-b:a", "{kbps}k"]),
]
VIDEO_SOURCES = ["testsrc2", "smptebars", "mandelbrot", "life", "cellauto", "rgbtestsrc", "color"]


def recording_effects(rng):
    """sox effects for one recording chain, and a description of it."""
    effects, conditions = [], {}
    highpass = rng.choice([0, 0, 60, 120, 200, 300])
    lowpass = rng.choice([0, 0, 0, 7000, 5000, 3800])
    if highpass:
        effects += ["highpass", str(highpass)]
    if lowpass:
        effects += ["lowpass", str(lowpass)]
    bass, treble = rng.uniform(-6, 6), rng.uniform(-6, 6)
    effects += ["bass", f"{bass:.1f}", "treble", f"{treble:.1f}"]
    room = rng.choice(ROOMS)
    if room != "none":
        reverberance = {"small": (10, 35), "medium": (30, 60), "large": (50, 85)}[room]
        effects += ["reverb", str(rng.randint(*reverberance)), "50", str(rng.randint(30, 100))]
    if rng.random() < 0.15:
        effects += ["compand", "0.02,0.2", "6:-70,-60,-20", "-5", "-90", "0.1"]
    conditions.update(highpass=highpass, lowpass=lowpass, bass=round(bass, 1),
                      treble=round(treble, 1), room=room)
    return effects, conditions


def produce(ws, rng, clean, length):
    """The clip as recorded: coloured, in a room, over a noise floor, at some level."""
    effects, conditions = recording_effects(rng)
    out = ws.fresh()
    run(["sox", "-V0", clean, out, *effects, "trim", "0", f"{length:.3f}"])
    colour = rng.choice(["white", "pink", "brown"])
    noise_db = rng.uniform(-75, -35)
    noise = ws.noise(length, colour, noise_db)
    if rng.random() < 0.15:  # mains hum
        hum = ws.fresh()
        run(["sox", "-V0", "-n", "-r", "16000", "-c", "1", "-b", "16", hum, "synth",
             f"{length:.3f}", "sine", rng.choice(["50", "60"]), "gain", f"{rng.uniform(-60, -40):.1f}"])
        noise = ws.mix(noise, [(hum, 0, 0)])
    mixed = ws.mix(out, [(noise, 0, 0)])
    peak = rng.uniform(-18, -1)
    final = ws.loudness_matched(mixed, peak)
    conditions.update(noise=colour, noise_db=round(noise_db, 1), peak_db=round(peak, 1))
    return final, conditions


def encode(ws, rng, wav, destination_stem, tags, video):
    """Writes the final file with its tags; returns its path and the codec used."""
    extension, audio_args = CODECS[rng.randrange(len(CODECS))]
    audio_args = [a.format(kbps=rng.choice([48, 64, 96, 128, 192]), q=rng.randint(1, 6))
                  for a in audio_args]
    metadata = []
    for key, value in tags.items():
        metadata += ["-metadata", f"{key}={value}"]
    if video:
        extension = rng.choice(["mp4", "mkv", "webm"])
        audio_args = {"mp4": ["-c:a", "aac", "-b:a", "96k"],
                      "mkv": ["-c:a", "libvorbis", "-q:a", "4"],
                      "webm": ["-c:a", "libopus", "-b:a", "64k"]}[extension]
        video_args = ["-c:v", "libvpx", "-b:v", "200k", "-deadline", "realtime", "-cpu-used", "8"] \
            if extension == "webm" else ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "32"]
        path = f"{destination_stem}.{extension}"
        run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", _video_source(rng, wav),
             "-i", wav, "-map", "0:v", "-map", "1:a", "-shortest", *video_args, "-pix_fmt", "yuv420p",
             *audio_args, *metadata, path])
    else:
        path = f"{destination_stem}.{extension}"
        run(["ffmpeg", "-v", "error", "-y", "-i", wav, *audio_args, *metadata, path])
    return path, extension


def _video_source(rng, wav):
    """Two to four shots from different generators, joined by hard cuts."""
    from audio import duration
    length = duration(wav) + 0.5
    shots = rng.randint(2, 4)
    parts, labels = [], []
    for i in range(shots):
        source = rng.choice(VIDEO_SOURCES)
        seconds = length / shots
        if source == "color":
            spec = f"color=c=0x{rng.randrange(0x1000000):06x}:s=160x120:r=10:d={seconds:.2f}"
        elif source in ("life", "cellauto"):
            spec = f"{source}=s=160x120:r=10:seed={rng.randrange(1 << 30)}"
        else:
            spec = f"{source}=s=160x120:r=10"
        parts.append(f"{spec},trim=duration={seconds:.2f},setpts=PTS-STARTPTS,format=yuv420p,"
                     f"hue=h={rng.randint(0, 360)}[v{i}]")
        labels.append(f"[v{i}]")
    return ";".join(parts) + ";" + "".join(labels) + f"concat=n={shots}:v=1:a=0[out0]"
