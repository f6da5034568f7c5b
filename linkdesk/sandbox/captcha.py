"""보안문자 (captcha) images: six digits a person can read, with some noise, as PNG bytes.

Staff in training mode type what they see, exactly as on the real 실명인증 screen, so the digits must
be clearly legible: dark, large, slightly jittered, over light lines and dots. Pillow is imported only
when an image is drawn, so loading the sandbox stays fast.
"""

from __future__ import annotations

import io
import random
import secrets
from functools import lru_cache
from pathlib import Path

WIDTH, HEIGHT = 200, 70
DIGITS = 6
_FONT_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NanumGothicBold.ttf",
    Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NanumGothic.ttf",
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)


def new_text() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(DIGITS))


@lru_cache(maxsize=1)
def _font():
    from PIL import ImageFont

    for path in _FONT_CANDIDATES:
        if path.is_file():
            return ImageFont.truetype(str(path), 40)
    return ImageFont.load_default(size=40)


def render_png(text: str, seed: int | None = None) -> bytes:
    """Draw ``text`` as a PNG; ``seed`` makes the noise reproducible (tests)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT), (246, 246, 240))
    draw = ImageDraw.Draw(image)
    for _ in range(6):  # light background lines
        colour = tuple(rng.randint(170, 215) for _ in range(3))
        draw.line([(rng.randint(0, WIDTH), rng.randint(0, HEIGHT)), (rng.randint(0, WIDTH), rng.randint(0, HEIGHT))],
                  fill=colour, width=2)
    font = _font()
    step = (WIDTH - 20) // max(1, len(text))
    for i, ch in enumerate(text):
        glyph = Image.new("RGBA", (step + 16, HEIGHT), (0, 0, 0, 0))
        colour = (rng.randint(10, 70), rng.randint(10, 70), rng.randint(60, 120), 255)
        ImageDraw.Draw(glyph).text(((step + 16) // 2, HEIGHT // 2), ch, font=font, fill=colour, anchor="mm")
        glyph = glyph.rotate(rng.uniform(-18, 18), resample=Image.Resampling.BICUBIC)
        image.paste(glyph, (10 + i * step - 8 + rng.randint(-2, 2), rng.randint(-5, 5)), glyph)
    for _ in range(140):  # speckles
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        draw.point((x, y), fill=tuple(rng.randint(90, 190) for _ in range(3)))
    draw.line([(0, rng.randint(20, 50)), (WIDTH, rng.randint(20, 50))], fill=(120, 120, 150), width=1)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
