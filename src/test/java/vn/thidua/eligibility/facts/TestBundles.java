package vn.thidua.eligibility.facts;

/** Fact bundles the tests share. */
final class TestBundles {
    private TestBundles() {
    }

    /** One or two records of every kind, valid, Vietnamese names included. */
    static final String VALID = """
            {
              "units": [
                {"code": "VP", "name": "Văn phòng Sở"},
                {"code": "QLTM", "name": "Phòng Quản lý thương mại", "dissolvedOn": "2025-08-01"}
              ],
              "people": [
                {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"},
                {"code": "NV002", "fullName": "Trần Văn Bình", "unitCode": "QLTM", "category": "VIEN_CHUC", "gender": "MALE"}
              ],
              "criteria": [
                {"year": 2023, "code": "1.1", "name": "Ban hành kế hoạch CCHC", "maxScore": 2, "score": 1.5, "unitCode": "VP", "officerCode": "NV001"},
                {"year": 2024, "code": "1.1", "name": "Ban hành kế hoạch CCHC", "maxScore": 2, "score": 2, "unitCode": "VP", "officerCode": "NV001"},
                {"year": 2024, "code": "2.1", "name": "Tỷ lệ hồ sơ đúng hạn", "maxScore": 10.0, "score": 8.25, "unitCode": "QLTM"}
              ],
              "tasks": [
                {"code": "NV-2024-01", "unitCode": "VP", "title": "Báo cáo CCHC quý", "dueDate": "2024-06-30", "completedDate": "2024-06-30"}
              ],
              "dossiers": [
                {"code": "HS-0001", "unitCode": "QLTM", "dueDate": "2024-03-01"}
              ],
              "initiatives": [
                {"code": "SK-01", "personCode": "NV001", "year": 2024, "title": "Số hóa hồ sơ", "recognizedOn": "2024-11-20"}
              ],
              "disciplines": [
                {"subjectType": "PERSON", "subjectCode": "NV002", "kind": "SANCTION", "from": "2024-01-01", "to": "2024-06-30"}
              ],
              "ratings": [
                {"personCode": "NV001", "year": 2024, "rating": "HTXSNV"}
              ],
              "awards": [
                {"year": 2023, "subjectType": "PERSON", "subjectCode": "NV001", "award": "GIAY_KHEN_CCHC", "decisionNo": "12/QĐ-SCT", "decisionDate": "2024-01-15"}
              ]
            }
            """;
}
