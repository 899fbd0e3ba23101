#!/usr/bin/env python3
"""Writes fact-bundle.json: the invented demo Department (Sở Công Thương) for the `demo` profile.

Deterministic (fixed seed). Each unit and a few people are shaped to show one outcome of the 2024
annual run with reference date 2025-01-15; the rest is ordinary varied data. Run it again after
changing this file: `python3 db/demo/generate.py`.
"""
import json
import random
from datetime import date, timedelta
from pathlib import Path

rnd = random.Random(2024)
R = date(2025, 1, 15)

UNITS = [
    ("VP", "Văn phòng Sở", None),
    ("TTRA", "Thanh tra Sở", None),
    ("KHTC", "Phòng Kế hoạch – Tài chính", None),
    ("QLCN", "Phòng Quản lý công nghiệp", None),
    ("QLTM", "Phòng Quản lý thương mại", None),
    ("QLNL", "Phòng Quản lý năng lượng", None),
    ("KTAT", "Phòng Kỹ thuật an toàn – Môi trường", "2025-03-01"),
    ("TTKC", "Trung tâm Khuyến công và Xúc tiến thương mại", None),
]
# How each unit's 2024 items are shaped: (items, full-score items in 2024, attainment change)
SHAPE = {
    "VP": (10, 9, "up"), "TTRA": (6, 6, "up"), "KHTC": (8, 7, "up"), "QLCN": (10, 7, "up"),
    "QLTM": (8, 8, "equal"), "QLNL": (9, 8, "up"), "KTAT": (5, 5, "up"), "TTKC": (7, 6, "up"),
}
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Lâm", "Thạch", "Sơn", "Trương", "Lý"]
MIDDLE_F = ["Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Thu"]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Hữu", "Thanh", "Công"]
GIVEN_F = ["Lan", "Hoa", "Trang", "Ngân", "Thảo", "Vy", "Hạnh", "Phương", "Diễm", "Yến", "Linh", "Tuyết"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Phong", "Khang", "Tài", "Lộc", "Trí", "Nam", "Sơn", "Bảo", "Hiếu"]
AREAS = ["Công tác chỉ đạo, điều hành", "Cải cách thể chế", "Cải cách thủ tục hành chính",
         "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ", "Cải cách tài chính công",
         "Xây dựng chính phủ điện tử, chính phủ số"]

people = []
n = 0
for code, _, _ in UNITS:
    for _ in range(rnd.randint(4, 7)):
        n += 1
        female = rnd.random() < 0.5
        name = " ".join([rnd.choice(FAMILY), rnd.choice(MIDDLE_F if female else MIDDLE_M),
                         rnd.choice(GIVEN_F if female else GIVEN_M)])
        category = rnd.choices(["CONG_CHUC", "VIEN_CHUC", "NGUOI_LAO_DONG"], [6, 3, 1])[0]
        if code == "TTKC":
            category = rnd.choice(["VIEN_CHUC", "NGUOI_LAO_DONG"])
        people.append({"code": f"NV{n:03d}", "fullName": name, "unitCode": code, "category": category,
                       "gender": "FEMALE" if female else "MALE"})
staff = {u: [p["code"] for p in people if p["unitCode"] == u] for u, _, _ in UNITS}

criteria = []
for ui, (unit, _, _) in enumerate(UNITS):
    items, full24, trend = SHAPE[unit]
    for k in range(items):
        code = f"{ui + 1}.{k // 3 + 1}.{k % 3 + 1}"
        area = AREAS[(ui + k) % len(AREAS)]
        mx = rnd.choice([1, 1.5, 2, 2.5, 3])
        officer = staff[unit][k % len(staff[unit])]
        full = k < full24
        s24 = mx if full else round(mx * rnd.choice([0.5, 0.6, 0.75]), 2)
        if trend == "equal":
            s23 = s24
        elif full and k % 2 == 0:
            s23 = round(mx * 0.75, 2)   # this item improved in 2024: its officer meets P2
        elif unit == "QLCN":
            s23 = s24                  # only U1 holds QLCN back: lowering the 80% shows it gaining
        else:
            s23 = s24 if full else mx  # unchanged, or fell from full
        if trend == "up" and k == 0:
            s23 = round(mx * 0.5, 2)
        for year, score in ((2023, s23), (2024, s24)):
            criteria.append({"year": year, "code": code, "name": f"{area} – nội dung {k + 1}", "maxScore": mx,
                             "score": score, "unitCode": unit, "officerCode": officer})

tasks = []
LATE_TASK_UNITS = {"KHTC", "QLNL"}
for unit, _, _ in UNITS:
    for t in range(3):
        due = date(2024, 3 + 3 * t, 28)
        done = due - timedelta(days=rnd.randint(0, 10))
        if unit in LATE_TASK_UNITS and t == 2:
            done = due + timedelta(days=12)
        tasks.append({"code": f"NV-{unit}-2024-{t + 1}", "unitCode": unit,
                      "title": f"Nhiệm vụ UBND tỉnh giao số {t + 1}/2024", "dueDate": due.isoformat(),
                      "completedDate": done.isoformat()})

dossiers = []
DOSSIER_UNITS = {"VP": 40, "QLCN": 60, "QLTM": 90, "QLNL": 50, "TTKC": 20}
for unit, count in DOSSIER_UNITS.items():
    for d in range(count):
        year = 2023 if d % 5 == 0 else 2024
        due = date(year, 1, 10) + timedelta(days=rnd.randint(0, 340))
        done = due - timedelta(days=rnd.randint(0, 7))
        if unit == "QLNL" and d in (7, 31):
            done = due + timedelta(days=3)  # late TTHC dossiers
        dossiers.append({"code": f"HS-{unit}-{d + 1:04d}", "unitCode": unit, "dueDate": due.isoformat(),
                         "completedDate": done.isoformat()})
dossiers.append({"code": "HS-QLNL-OPEN", "unitCode": "QLNL", "dueDate": "2024-12-20"})  # overdue, unfinished

initiatives = []
def initiative(person, year, title, recognized):
    initiatives.append({"code": f"SK-{year}-{len(initiatives) + 1:02d}", "personCode": person, "year": year,
                        "title": title, **({"recognizedOn": recognized} if recognized else {})})

initiative(staff["VP"][1], 2024, "Số hóa quy trình tiếp nhận hồ sơ một cửa", "2024-11-20")
initiative(staff["QLTM"][0], 2024, "Hướng dẫn trực tuyến thủ tục cấp phép bán lẻ rượu", "2024-12-05")
initiative(staff["QLCN"][2], 2024, "Bản đồ số cụm công nghiệp", None)                  # not recognised yet
initiative(staff["KHTC"][0], 2024, "Quy trình thanh toán không dùng tiền mặt", "2025-02-10")  # after R
initiative(staff["TTKC"][1], 2023, "Sàn thương mại điện tử tỉnh", "2023-12-15")
initiative(staff["QLNL"][0], 2024, "Theo dõi tiến độ dự án điện mặt trời", "2024-05-10")   # before sanction end
initiative(staff["VP"][2], 2024, "Chuẩn hóa báo cáo CCHC định kỳ", "2024-10-01")

disciplines = [
    {"subjectType": "PERSON", "subjectCode": staff["QLCN"][0], "kind": "SANCTION", "from": "2024-09-01", "to": "2025-08-31"},
    {"subjectType": "PERSON", "subjectCode": staff["QLNL"][0], "kind": "SANCTION", "from": "2023-07-01", "to": "2024-06-30"},
    {"subjectType": "PERSON", "subjectCode": staff["QLTM"][1], "kind": "REVIEW", "from": "2024-12-20"},
    {"subjectType": "UNIT", "subjectCode": "TTRA", "kind": "INVESTIGATION", "from": "2024-11-01", "to": "2025-03-31"},
]

ratings = []
for p in people:
    for year in (2023, 2024):
        ratings.append({"personCode": p["code"], "year": year,
                        "rating": rnd.choices(["HTXSNV", "HTTNV", "HTNV", "KHTNV"], [3, 6, 2, 0.3])[0]})

awards = [
    {"year": 2023, "subjectType": "UNIT", "subjectCode": "VP", "award": "GIAY_KHEN_CCHC",
     "decisionNo": "45/QĐ-SCT", "decisionDate": "2024-01-25"},
    {"year": 2023, "subjectType": "PERSON", "subjectCode": staff["TTKC"][1], "award": "GIAY_KHEN_CCHC",
     "decisionNo": "45/QĐ-SCT", "decisionDate": "2024-01-25"},
    {"year": 2024, "subjectType": "PERSON", "subjectCode": staff["QLTM"][0], "award": "GIAY_KHEN_CCHC",
     "decisionNo": "12/QĐ-SCT", "decisionDate": "2025-01-10"},  # already awarded for 2024
]

# The awards register of earlier years, so that a phase run (Bằng khen 2021–2025) has people to rank:
# some hold the annual Giấy khen for two or three years, a woman and a man tie on merit.
DECISIONS = {2021: ("18/QĐ-SCT", "2022-01-20"), 2022: ("21/QĐ-SCT", "2023-01-19"), 2023: ("45/QĐ-SCT", "2024-01-25")}
for person, years in ((staff["VP"][0], (2021, 2022, 2023)), (staff["KHTC"][1], (2021, 2023)),
                      (staff["QLTM"][2], (2022, 2023)), (staff["TTKC"][0], (2021, 2022)),
                      (staff["QLNL"][1], (2022,)), (staff["QLCN"][0], (2021, 2022))):
    for year in years:
        number, day = DECISIONS[year]
        awards.append({"year": year, "subjectType": "PERSON", "subjectCode": person, "award": "GIAY_KHEN_CCHC",
                       "decisionNo": number, "decisionDate": day})

# A unit set up in 2024 (its own random source, so that the data above stays as it was): its items
# have no 2023 score, so U2 cannot be judged and the unit is UNDETERMINED, as is the officer of its
# new items who has no initiative; a colleague with a recognised initiative is ELIGIBLE all the same.
new_rnd = random.Random(2025)
UNITS.append(("CDS", "Phòng Chuyển đổi số (thành lập năm 2024)", None))
for i, (name, gender) in enumerate((("Trịnh Ngọc Hân", "FEMALE"), ("Kim Minh Khoa", "MALE"), ("Dương Thu Uyên", "FEMALE"))):
    people.append({"code": f"NV{n + 1 + i:03d}", "fullName": name, "unitCode": "CDS",
                   "category": "CONG_CHUC", "gender": gender})
staff["CDS"] = [p["code"] for p in people if p["unitCode"] == "CDS"]
for k in range(4):
    mx = new_rnd.choice([1, 1.5, 2])
    criteria.append({"year": 2024, "code": f"9.1.{k + 1}", "name": f"{AREAS[-1]} – nội dung {k + 1}", "maxScore": mx,
                     "score": mx, "unitCode": "CDS", "officerCode": staff["CDS"][k % 2]})
for t in range(2):
    due = date(2024, 6 + 3 * t, 28)
    tasks.append({"code": f"NV-CDS-2024-{t + 1}", "unitCode": "CDS", "title": f"Nhiệm vụ UBND tỉnh giao số {t + 1}/2024",
                  "dueDate": due.isoformat(), "completedDate": (due - timedelta(days=new_rnd.randint(0, 5))).isoformat()})
initiative(staff["CDS"][1], 2024, "Cổng dữ liệu mở của Sở", "2024-12-10")
for p in people[-3:]:
    ratings.append({"personCode": p["code"], "year": 2024, "rating": "HTTNV"})
# A Bằng khen of the previous phase, with its phase: it does not overlap 2021–2025.
awards.append({"year": 2020, "subjectType": "PERSON", "subjectCode": staff["VP"][0], "award": "BANG_KHEN_CCHC",
               "decisionNo": "1250/QĐ-UBND", "decisionDate": "2021-05-20", "phaseFrom": 2016, "phaseTo": 2020})

# The year 2025, judged after the merger (Sóc Trăng into Cần Thơ city on 2025-07-01): a run of 2025 on
# 15/01/2026 cites Nghị định 152/2025 and names the Cần Thơ authorities. Its own random source, so that
# the years above stay as they were; its initiatives are recognised after 15/12/2025, so that the phase
# run 2021–2025 of the README (reference date 15/12/2025) counts the same as before; no 2025 ratings
# yet, which the completeness check reports. KTAT, dissolved on 2025-03-01, has no 2025 facts.
y25 = random.Random(2026)
for item in [c for c in criteria if c["year"] == 2024 and c["unitCode"] != "KTAT"]:
    unit = item["unitCode"]
    full = unit in ("VP", "TTRA", "QLCN", "CDS") or y25.random() < 0.7
    score = item["maxScore"] if full else round(item["maxScore"] * y25.choice([0.5, 0.75]), 2)
    criteria.append({**item, "year": 2025, "score": score})
for unit, _, dissolved in UNITS:
    if dissolved:
        continue
    for t in range(2):
        due = date(2025, 4 + 4 * t, 28)
        done = due + timedelta(days=9) if unit == "QLNL" and t == 1 else due - timedelta(days=y25.randint(0, 6))
        tasks.append({"code": f"NV-{unit}-2025-{t + 1}", "unitCode": unit, "title": f"Nhiệm vụ UBND thành phố giao số {t + 1}/2025",
                      "dueDate": due.isoformat(), "completedDate": done.isoformat()})
for unit, count in (("VP", 20), ("QLTM", 30), ("QLNL", 15)):
    for d in range(count):
        due = date(2025, 1, 10) + timedelta(days=y25.randint(0, 330))
        done = due + timedelta(days=2) if unit == "QLNL" and d == 4 else due - timedelta(days=y25.randint(0, 5))
        dossiers.append({"code": f"HS-{unit}-2025-{d + 1:03d}", "unitCode": unit, "dueDate": due.isoformat(),
                         "completedDate": done.isoformat()})
initiative(staff["QLTM"][2], 2025, "Kết nối dữ liệu cấp phép với Cổng dịch vụ công thành phố", "2025-12-22")
initiative(staff["TTKC"][0], 2025, "Hỗ trợ doanh nghiệp chuyển đổi số sau hợp nhất", "2026-01-05")

bundle = {
    "units": [{"code": c, "name": n, **({"dissolvedOn": d} if d else {})} for c, n, d in UNITS],
    "people": people, "criteria": criteria, "tasks": tasks, "dossiers": dossiers,
    "initiatives": initiatives, "disciplines": disciplines, "ratings": ratings, "awards": awards,
}

# --- Issue 9 (facts): positions and unit membership history. Kept apart so that other changes merge. ---
HEADS = {"VP": ("Chánh Văn phòng", "Phó Chánh Văn phòng"), "TTRA": ("Chánh Thanh tra", "Phó Chánh Thanh tra"),
         "TTKC": ("Giám đốc Trung tâm", "Phó Giám đốc Trung tâm")}


def add_positions(people, staff):
    """Each unit's first person heads it, its second is the deputy, the others by their category (no randomness)."""
    for p in people:
        rank = staff[p["unitCode"]].index(p["code"])
        head, deputy = HEADS.get(p["unitCode"], ("Trưởng phòng", "Phó Trưởng phòng"))
        if rank < 2:
            p["position"] = (head, deputy)[rank]
        elif p["category"] == "NGUOI_LAO_DONG":
            p["position"] = "Nhân viên"
        elif p["unitCode"] == "TTRA":
            p["position"] = "Thanh tra viên"
        else:
            p["position"] = "Chuyên viên"


def memberships(people, staff):
    """One person moved in 2025: KTAT was dissolved on 2025-03-01, when the divisions were reorganised ahead of
    Sóc Trăng's merger into Cần Thơ city (2025-07-01), and its specialist went to QLCN. A run whose reference
    date is before the move judges them with KTAT, one after it with QLCN (their unitCode is the current unit)."""
    moved = staff["KTAT"][-1]
    person = next(p for p in people if p["code"] == moved)
    person["unitCode"] = "QLCN"
    return [{"personCode": moved, "unitCode": "KTAT", "from": "2018-03-01", "to": "2025-02-28"},
            {"personCode": moved, "unitCode": "QLCN", "from": "2025-03-01"}]


add_positions(people, staff)
bundle["memberships"] = memberships(people, staff)
# --- end of issue 9 (facts) ---

out = Path(__file__).with_name("fact-bundle.json")
out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{out}: {len(UNITS)} units, {len(people)} people, {len(criteria)} items, {len(tasks)} tasks, "
      f"{len(dossiers)} dossiers, {len(initiatives)} initiatives")
