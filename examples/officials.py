"""Officials, persons, organisations and places in a news text, with their offsets.

Run from the repository root:  PYTHONPATH=. python examples/officials.py
"""

import vnnews

TEXT = (
    "Đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh thăm xã Bình Định, "
    "huyện Kiến Xương. Ông Hùng đề nghị Công an huyện Kiến Xương giữ an ninh thôn Đông."
)


def main() -> None:
    entities = vnnews.extract_entities(TEXT)
    for entity in entities:
        print(f"{entity.label:<12} {entity.start:>3}-{entity.end:<3} {entity.text}")
        for position in entity.attrs.get("positions", []):
            place = position["place_resolved"] or {}
            print(f"{'':16}post: {position['text']!r} -> {place.get('name')} (code {place.get('code')})")
        if "refers_to" in entity.attrs:
            print(f"{'':16}refers to: {entity.attrs['refers_to']['name']}")


if __name__ == "__main__":
    main()
