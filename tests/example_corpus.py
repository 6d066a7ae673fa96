"""Small team-written news snippets for running the examples (no corpus needed).

Three topics, eight snippets each, written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import json
from pathlib import Path

SNIPPETS = {
    "chinh_tri_xa_hoi": [
        "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An chủ trì hội nghị triển khai cải cách thủ tục hành chính.",
        "Hội đồng nhân dân tỉnh Nghệ An khai mạc kỳ họp thứ mười, thảo luận báo cáo kinh tế xã hội của tỉnh.",
        "Cán bộ, công chức xã Bình Định ký cam kết xây dựng chính quyền thân thiện, phục vụ nhân dân.",
        "Ban Thường vụ Tỉnh ủy Quảng Ninh kiểm tra việc thực hiện nghị quyết về sắp xếp đơn vị hành chính.",
        "Ủy ban nhân dân thành phố Hà Nội công bố quyết định bổ nhiệm giám đốc Sở Nội vụ.",
        "Đoàn giám sát của Quốc hội làm việc với Ủy ban nhân dân tỉnh Đồng Nai về công tác tiếp dân.",
        "Phó Chủ tịch UBND huyện Kiến Xương đối thoại với người dân về bồi thường giải phóng mặt bằng.",
        "Mặt trận Tổ quốc tỉnh Bình Định tổ chức hội nghị phản biện xã hội về dự thảo quy hoạch.",
    ],
    "the_thao": [
        "Đội tuyển bóng đá Việt Nam thắng Thái Lan 2-1 trong trận chung kết tối qua trên sân Mỹ Đình.",
        "Tiền đạo ghi bàn ở phút cuối giúp câu lạc bộ Hà Nội giành ba điểm tại vòng đấu V-League.",
        "Vận động viên điền kinh giành huy chương vàng nội dung chạy 100 mét tại SEA Games.",
        "Huấn luyện viên triệu tập 25 cầu thủ chuẩn bị cho vòng loại World Cup khu vực châu Á.",
        "Giải quần vợt trẻ quốc gia khép lại với chức vô địch thuộc về tay vợt đến từ Đà Nẵng.",
        "Cầu thủ bị thẻ đỏ sau pha phạm lỗi thô bạo, đội khách thua 0-3 trên sân nhà đối thủ.",
        "Đội bóng chuyền nữ lên ngôi vô địch sau năm set đấu kịch tính với đối thủ Philippines.",
        "Câu lạc bộ bóng đá công bố hợp đồng chuyển nhượng kỷ lục với tiền vệ trẻ của đội U23.",
    ],
    "kinh_doanh": [
        "Giá vàng trong nước tăng mạnh, các doanh nghiệp kinh doanh vàng điều chỉnh giá mua bán.",
        "Ngân hàng Nhà nước giảm lãi suất điều hành, các ngân hàng thương mại hạ lãi suất cho vay.",
        "Công ty cổ phần sữa công bố lợi nhuận quý ba tăng mười phần trăm so với cùng kỳ năm trước.",
        "Chỉ số chứng khoán VN-Index giảm điểm trong phiên giao dịch sáng nay, thanh khoản thấp.",
        "Kim ngạch xuất khẩu gạo sang thị trường châu Phi tăng nhờ giá bán cạnh tranh.",
        "Tập đoàn bán lẻ mở thêm hai mươi cửa hàng, doanh thu chín tháng vượt kế hoạch năm.",
        "Giá xăng dầu được điều chỉnh giảm từ chiều nay theo kỳ điều hành của liên bộ.",
        "Nhà đầu tư nước ngoài bán ròng cổ phiếu ngân hàng, thị trường chứng khoán lao dốc.",
    ],
}


def records() -> list[dict]:
    """Every snippet as a record ``{"id", "label", "text"}``, topics interleaved."""
    rows = []
    for i in range(max(len(v) for v in SNIPPETS.values())):
        for label, texts in SNIPPETS.items():
            if i < len(texts):
                rows.append({"id": f"{label}-{i}", "label": label, "text": texts[i]})
    return rows


def write_jsonl(path: Path, rows: list[dict] | None = None) -> Path:
    """Write ``rows`` (default: :func:`records`) as JSON lines; return the path."""
    with open(path, "w", encoding="utf-8") as out:
        for row in records() if rows is None else rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
