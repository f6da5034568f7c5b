<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CertificatesArea</name>
    <message>
        <source>Volunteer activity certificates</source>
        <translation>자원봉사 실적 확인서</translation>
    </message>
    <message>
        <source>Verify a certificate…</source>
        <translation>진위확인…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>발급</translation>
    </message>
    <message>
        <source>Issuance ledger</source>
        <translation>발급대장</translation>
    </message>
</context>
<context>
    <name>CertificateIssueForm</name>
    <message>
        <source>Volunteer</source>
        <translation>봉사자</translation>
    </message>
    <message>
        <source>Name or 1365 ID</source>
        <translation>이름 또는 1365 아이디</translation>
    </message>
    <message>
        <source>Activity period</source>
        <translation>활동기간</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>발급 용도</translation>
    </message>
    <message>
        <source>Required: choose or type the purpose</source>
        <translation>필수: 발급 용도를 고르거나 입력하세요</translation>
    </message>
    <message>
        <source>Print the masked resident registration number (YYMMDD-G******)</source>
        <translation>주민등록번호를 가려서 인쇄 (YYMMDD-G******)</translation>
    </message>
    <message>
        <source>LinkDesk never stores the resident registration number. The volunteer types only its first 7 digits (YYMMDD-G); they are checked against the birth date on file and printed masked. Without this option the birth date is printed.</source>
        <translation>LinkDesk는 주민등록번호를 저장하지 않습니다. 봉사자가 앞 7자리(YYMMDD-G)만 입력하면 저장된 생년월일과 대조한 뒤 뒷자리를 가려서 인쇄합니다. 이 항목을 선택하지 않으면 생년월일이 인쇄됩니다.</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>확인서 발급(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>미리보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>확인서를 발급하고 있습니다…</translation>
    </message>
    <message>
        <source>No volunteer in the local data matches. Look them up in 1365 first.</source>
        <translation>이 PC에 저장된 봉사자 중 일치하는 사람이 없습니다. 먼저 1365에서 조회하세요.</translation>
    </message>
    <message>
        <source>Certificate %1 issued. Preview, print or save it as PDF.</source>
        <translation>확인서 %1을(를) 발급했습니다. 미리보기, 인쇄 또는 PDF 저장을 하세요.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 activities in the period · %4 in total</source>
        <translation>%1 · %2 · 기간 내 실적 %3건 · 총 %4</translation>
    </message>
</context>
<context>
    <name>CertificateLedger</name>
    <message>
        <source>Search by number, name or 1365 ID</source>
        <translation>발급번호, 이름 또는 1365 아이디로 검색</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>발급번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>활동기간</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>발급 용도</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>발급일시</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>미리보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reissue…</source>
        <translation>재발급(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>무효 처리(&amp;O)…</translation>
    </message>
    <message>
        <source>Reason (required, recorded in the ledger):</source>
        <translation>사유 (필수, 발급대장에 기록됩니다):</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation>확인서 재발급</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>확인서 무효 처리</translation>
    </message>
    <message>
        <source>Reissued as %1.</source>
        <translation>%1(으)로 재발급했습니다.</translation>
    </message>
    <message>
        <source>Certificate %1 voided.</source>
        <translation>확인서 %1을(를) 무효 처리했습니다.</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <source>Save certificate as PDF</source>
        <translation>확인서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate %1 sent to the printer (%2 pages).</source>
        <translation>확인서 %1을(를) 인쇄했습니다 (%2쪽).</translation>
    </message>
    <message>
        <source>Certificate %1 printed.</source>
        <translation>확인서 %1을(를) 인쇄했습니다.</translation>
    </message>
    <message>
        <source>Certificate %1 saved as PDF (%2 pages): %3</source>
        <translation>확인서 %1을(를) PDF로 저장했습니다 (%2쪽): %3</translation>
    </message>
</context>
<context>
    <name>CertificateVerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>확인서 진위확인</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>진위확인 코드</translation>
    </message>
    <message>
        <source>Type or paste the verification code printed next to the QR code</source>
        <translation>QR 코드 옆에 인쇄된 진위확인 코드를 입력하거나 붙여 넣으세요</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하고 있습니다…</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>정상 발급</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>변조됨</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>Verification period over</source>
        <translation>진위확인 기간 만료</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>발급번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>활동기간</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>실적 건수</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>총 시간</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>발급일</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>발급 용도</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>발급 기관</translation>
    </message>
</context>
</TS>
