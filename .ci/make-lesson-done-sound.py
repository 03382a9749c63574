#!/usr/bin/env python3
"""Makes src/main/resources/jaga/ui/path/lesson-done.wav: the short "lesson done" chime.

Four soft bell notes rising (C5 E5 G5 C6), synthesised here from sine waves, so the sound is
Jaga's own (dedicated to the public domain, CC0 1.0). Run from the repository root:
    python3 .ci/make-lesson-done-sound.py
"""
import math
import struct
import wave

RATE = 22050
NOTES = [(523.25, 0.00), (659.25, 0.12), (783.99, 0.24), (1046.50, 0.36)]
LENGTH = 0.95
samples = [0.0] * int(RATE * LENGTH)
for frequency, start in NOTES:
    first = int(start * RATE)
    for i in range(first, len(samples)):
        t = (i - first) / RATE
        envelope = min(1.0, t / 0.008) * math.exp(-t * 6.0)
        # a bell: the note with a quiet octave above
        samples[i] += envelope * (math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t))
peak = max(abs(s) for s in samples)
with wave.open("src/main/resources/jaga/ui/path/lesson-done.wav", "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b"".join(struct.pack("<h", int(0.5 * 32767 * s / peak)) for s in samples))
