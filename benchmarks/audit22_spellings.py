"""One sentence in seven spellings through the Pipeline with both backends (robustness.md,
twenty-second stop): sentences, blank token spans and entities against the sentence as written.

    VNNEWS_DATA=../shared/data nice -n 10 env PYTHONPATH=. python benchmarks/audit22_spellings.py
"""
import unicodedata as ud, vnnews
from vnnews.normalize import encode
base = "Chủ tịch UBND tỉnh Đắk Lắk Nguyễn Văn Hùng thăm huyện Krông Pắc. Giá 3 USD. Ông A. Bà B. Tôi ở TP.HCM."
variants = {
  "viqr": encode(base, "viqr"), "vni": encode(base, "vni"), "tcvn3": encode(base, "tcvn3"),
  "nfd": ud.normalize("NFD", base), "doubled": base.replace("à", "à\u0300").replace("ủ", "ủ\u0309"),
  "pdf": base.replace("ỉ", "ı\u0309").replace("ị", "ı\u0323"), "eth": base.replace("Đ", "Ð"),
}
for backend in ("underthesea", "pyvi"):
    nlp = vnnews.Pipeline(backend=backend, topic=False)
    ref = nlp(base)
    for name, text in variants.items():
        doc = nlp(text)
        bad = [t for t in doc.tokens if not text[t.start:t.end].strip()]
        sents = [text[s.start:s.end] for s in doc.sentences]
        ents = [(e.label, vnnews.normalize(text[e.start:e.end])) for e in doc.entities]
        refents = [(e.label, e.text) for e in ref.entities]
        print(backend, name, len(doc.sentences), len(ref.sentences), "ents same:", ents == refents, "tokens", len(doc.tokens), "blank", len(bad))
        if ents != refents: print("   ", ents, refents)
