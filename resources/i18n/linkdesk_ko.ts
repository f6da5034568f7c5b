<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AccessLogArea</name>
    <message>
        <source>Access log</source>
        <translation>접속기록</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Volunteer ID</source>
        <translation>봉사자 ID</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 수행업무</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>조회(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>위·변조 확인(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <source>What the review found</source>
        <translation>점검 결과 메모</translation>
    </message>
    <message>
        <source>&amp;Mark the review done</source>
        <translation>점검 완료(&amp;M)</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>월간 점검</translation>
    </message>
    <message>
        <source>Reason for the download (required)</source>
        <translation>다운로드 사유 (필수)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1건</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked.</source>
        <translation>이상 없음: %1건을 확인했습니다.</translation>
    </message>
    <message>
        <source>Anchor code %1: write it in the review book, outside this PC.</source>
        <translation>확인 코드 %1 — 점검 대장처럼 이 PC 밖에 적어 두세요.</translation>
    </message>
    <message>
        <source>The access log was tampered with at entry #%1 (%2).</source>
        <translation>접속기록 #%1에서 위·변조가 발견되었습니다 (%2).</translation>
    </message>
    <message>
        <source>%1: %2 entries (%3); downloads: %4.</source>
        <translation>%1: %2건 (%3), 다운로드 %4건.</translation>
    </message>
    <message>
        <source>Reviewed by %1: %2</source>
        <translation>점검자 %1: %2</translation>
    </message>
    <message>
        <source>The review of %1 is recorded.</source>
        <translation>%1 점검 완료를 기록했습니다.</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>접속기록 내보내기</translation>
    </message>
    <message>
        <source>%1 entries exported; the download is recorded.</source>
        <translation>%1건을 내보냈습니다. 다운로드가 접속기록에 남았습니다.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>Stopped waiting; nothing was changed.</source>
        <translation>기다리기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>View</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>접속지</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>정보주체</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>수행업무</translation>
    </message>
    <message>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Volunteer records</source>
        <translation>봉사실적</translation>
    </message>
    <message>
        <source>Certificate ledger</source>
        <translation>확인서 발급대장</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>확인서 %1</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>봉사일</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>수요처</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동내역</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>봉사시간</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>미연결</translation>
    </message>
</context>
<context>
    <name>AreaLinks</name>
    <message>
        <source>1365 ID %1 has not consented to share records with 1365 yet. The consent is recorded in this step, right after the identity check: the visitor types their name and resident registration number, then Verify identity.</source>
        <translation>1365 아이디 %1 회원은 아직 1365 실적연계 정보제공 동의를 하지 않았습니다. 동의는 이 단계에서 실명인증 바로 다음에 받습니다. 방문자가 성명과 주민등록번호를 입력하고 실명인증을 누르세요.</translation>
    </message>
    <message>
        <source>The certificates area is not available in this version.</source>
        <translation>이 버전에는 실적 확인서 화면이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>VMS → 1365</source>
        <translation>VMS 실적연계</translation>
    </message>
    <message>
        <source>Red Cross → 1365</source>
        <translation>적십자 실적연계</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>실적 확인서</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>접속기록</translation>
    </message>
    <message>
        <source>Class visit</source>
        <translation>학급 단위 연계</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>반려 실적</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Drift check</source>
        <translation>연계 점검</translation>
    </message>
</context>
<context>
    <name>CaptchaWidget</name>
    <message>
        <source>Security code image</source>
        <translation>보안문자 이미지</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>Show a new security code (F5)</source>
        <translation>새 보안문자 보기 (F5)</translation>
    </message>
    <message>
        <source>Digits in the image</source>
        <translation>보안문자 입력</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>보안문자</translation>
    </message>
    <message>
        <source>Type the security code in the image without spaces.</source>
        <translation>이미지의 보안문자를 공백없이 입력해주세요.</translation>
    </message>
    <message>
        <source>The image could not be shown. Press F5 for a new one.</source>
        <translation>보안문자 이미지를 표시할 수 없습니다. F5를 눌러 새로 받으세요.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>CentreSetup</name>
    <message>
        <source>Choose the seal image</source>
        <translation>직인 이미지 선택</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Centre details for certificates</source>
        <translation>확인서에 인쇄할 센터 정보</translation>
    </message>
    <message>
        <source>Empty: the signed-in staff member</source>
        <translation>비워 두면 로그인한 직원</translation>
    </message>
    <message>
        <source>Choose the &amp;seal image (PNG)…</source>
        <translation>직인 이미지 선택(&amp;S)…</translation>
    </message>
    <message>
        <source>Certificates print these details. A real installation does not print the training centre&apos;s name, phone or seal: enter your centre&apos;s before the first certificate.</source>
        <translation>확인서에는 이 정보가 인쇄됩니다. 실제 운영 중인 설치에서는 연습용 센터의 이름·전화번호·직인을 인쇄하지 않습니다. 첫 확인서를 발급하기 전에 센터 정보를 입력하세요.</translation>
    </message>
    <message>
        <source>Certificates print these details; they apply to certificates issued from now on.</source>
        <translation>확인서에는 이 정보가 인쇄됩니다. 지금부터 발급하는 확인서에 적용됩니다.</translation>
    </message>
    <message>
        <source>Centre &amp;name</source>
        <translation>센터 이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirmer (확인자)</source>
        <translation>확인자(&amp;C)</translation>
    </message>
    <message>
        <source>Seal (직인)</source>
        <translation>직인</translation>
    </message>
    <message>
        <source>PNG, up to 1 MB, 64 to 2048 pixels, about square.</source>
        <translation>PNG 파일, 1 MB 이하, 가로·세로 64~2048 픽셀, 정사각형에 가까운 이미지.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>(기본 직인)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
</context>
<context>
    <name>CertificateIssueForm</name>
    <message>
        <source>Name or 1365 ID, a birth date with it narrows (김민준 120315)</source>
        <translation>이름 또는 1365 ID, 생년월일을 함께 입력하면 좁혀집니다 (김민준 120315)</translation>
    </message>
    <message>
        <source>Look up in &amp;1365 (실명인증)…</source>
        <translation>1365에서 찾기(실명인증)(&amp;1)…</translation>
    </message>
    <message>
        <source>A visitor not yet on this PC: verify their identity and load their 1365 records</source>
        <translation>이 PC에 없는 방문자: 실명인증 후 1365 실적을 불러옵니다</translation>
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
        <source>Pre&amp;view before issuing</source>
        <translation>발급 전 미리보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation>확인서 발급(&amp;I)</translation>
    </message>
    <message>
        <source>Look at the preview first: it takes no number.</source>
        <translation>먼저 미리보기를 확인하세요. 미리보기는 발급번호를 쓰지 않습니다.</translation>
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
        <source>Volunteer</source>
        <translation>봉사자</translation>
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
        <source>%1: identity verified, %2 records loaded from 1365.</source>
        <translation>%1: 실명인증 완료, 1365에서 실적 %2건을 불러왔습니다.</translation>
    </message>
    <message>
        <source>%1: identity verified; 1365 could not be reached, the records last seen on this PC are shown (%2).</source>
        <translation>%1: 실명인증 완료. 1365에 연결할 수 없어 이 PC에 마지막으로 저장된 실적(%2건)을 보여 줍니다.</translation>
    </message>
    <message>
        <source>No volunteer in the local data matches. Look them up in 1365 first.</source>
        <translation>이 PC에 저장된 봉사자 중 일치하는 사람이 없습니다. 먼저 1365에서 조회하세요.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 activities in the period · %4 in total</source>
        <translation>%1 · %2 · 기간 내 실적 %3건 · 총 %4</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>미리보기를 만드는 중…</translation>
    </message>
    <message>
        <source>Preview shown (no number taken). Issue the certificate when it is right.</source>
        <translation>미리보기를 표시했습니다(발급번호 사용 안 함). 내용이 맞으면 확인서를 발급하세요.</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>확인서를 발급하고 있습니다…</translation>
    </message>
    <message>
        <source>Stopped waiting. If the certificate was issued meanwhile, 발급 shows that same number again, never a second certificate.</source>
        <translation>대기를 취소했습니다. 그사이 확인서가 발급되었다면 다시 발급을 누를 때 같은 발급번호가 표시되며, 두 번 발급되지 않습니다.</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>진위확인 코드: %1</translation>
    </message>
    <message>
        <source>Certificate %1 issued. Preview, print or save it as PDF.</source>
        <translation>확인서 %1을(를) 발급했습니다. 미리보기, 인쇄 또는 PDF 저장을 하세요.</translation>
    </message>
</context>
<context>
    <name>CertificateLedger</name>
    <message>
        <source>Search by number, name or 1365 ID</source>
        <translation>발급번호, 이름 또는 1365 아이디로 검색</translation>
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
        <source>Refresh</source>
        <translation>새로고침</translation>
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
        <source>Reissued as %1.</source>
        <translation>%1(으)로 재발급했습니다.</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>확인서 무효 처리</translation>
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
        <source>Certificate %1 printed.</source>
        <translation>확인서 %1을(를) 인쇄했습니다.</translation>
    </message>
    <message>
        <source>Certificate %1 sent to the printer (%2 pages).</source>
        <translation>확인서 %1을(를) 인쇄했습니다 (%2쪽).</translation>
    </message>
    <message>
        <source>Certificate %1 saved as PDF (%2 pages): %3</source>
        <translation>확인서 %1을(를) PDF로 저장했습니다 (%2쪽): %3</translation>
    </message>
</context>
<context>
    <name>CertificateVerifyDialog</name>
    <message>
        <source>Genuine</source>
        <translation>정상 발급</translation>
    </message>
    <message>
        <source>Typing error</source>
        <translation>입력 오류</translation>
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
        <source>Replaced by a reissue</source>
        <translation>재발급으로 대체됨</translation>
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
        <source>Verify a certificate</source>
        <translation>확인서 진위확인</translation>
    </message>
    <message>
        <source>Type the code printed next to the QR code (e.g. 2026-0000123-K7QM-X3PA9), or the number alone</source>
        <translation>QR 코드 옆에 인쇄된 코드(예: 2026-0000123-K7QM-X3PA9) 또는 발급번호만 입력하세요</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>진위확인 코드</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하고 있습니다…</translation>
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
<context>
    <name>CertificateWalkIn</name>
    <message>
        <source>Look a volunteer up in 1365</source>
        <translation>1365에서 봉사자 찾기</translation>
    </message>
    <message>
        <source>&amp;Verify identity (실명인증)</source>
        <translation>실명인증(&amp;V)</translation>
    </message>
    <message>
        <source>The volunteer types the resident registration number. It is not stored: it is used once for 실명인증, then the volunteer&apos;s 1365 records are loaded for the certificate.</source>
        <translation>봉사자가 주민등록번호를 직접 입력합니다. 번호는 저장되지 않고 실명인증에 한 번만 쓰이며, 이어서 확인서에 쓸 1365 실적을 불러옵니다.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>성명(&amp;N)</translation>
    </message>
    <message>
        <source>Resident registration n&amp;umber</source>
        <translation>주민등록번호(&amp;U)</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>보안문자(&amp;Y)</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>성명을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter all 13 digits of the resident registration number.</source>
        <translation>주민등록번호 13자리를 모두 입력하세요.</translation>
    </message>
    <message>
        <source>Verifying identity and loading 1365 records…</source>
        <translation>실명인증 후 1365 실적을 불러오는 중…</translation>
    </message>
    <message>
        <source>Stopped waiting. Nothing was issued; verify again with a new captcha when the partner answers.</source>
        <translation>대기를 취소했습니다. 발급된 것은 없습니다. 연계 기관이 응답하면 새 보안문자로 다시 실명인증하세요.</translation>
    </message>
</context>
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
        <source>Centre details…</source>
        <translation>센터 정보…</translation>
    </message>
    <message>
        <source>Set the centre&apos;s details (name, address, phone, 확인자, seal) before issuing: this installation does not print the training centre&apos;s.</source>
        <translation>발급하기 전에 센터 정보(이름, 주소, 전화번호, 확인자, 직인)를 설정하세요. 이 설치에서는 연습용 센터 정보를 인쇄하지 않습니다.</translation>
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
    <name>ClassRoster</name>
    <message>
        <source>Not yet come</source>
        <translation>미방문</translation>
    </message>
    <message>
        <source>Done, %1 h</source>
        <translation>완료 %1시간</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>보낼 실적 없음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason / what is left to do</source>
        <translation>사유 · 남은 일</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>학급 명단</translation>
    </message>
</context>
<context>
    <name>ClassVisitOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>Saved as PDF (%1 pages): %2</source>
        <translation>PDF로 저장했습니다(%1쪽): %2</translation>
    </message>
</context>
<context>
    <name>ClassVisitPanel</name>
    <message>
        <source>Name (as on the ID card)</source>
        <translation>성명(신분증과 같게)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>실명인증·학생정보확인(&amp;C)</translation>
    </message>
    <message>
        <source>Send and next student</source>
        <translation>전송하고 다음 학생</translation>
    </message>
    <message>
        <source>The student c&amp;onsents now (F6)</source>
        <translation>학생이 지금 동의(&amp;O) (F6)</translation>
    </message>
    <message>
        <source>S&amp;kip this student</source>
        <translation>이 학생 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>성명(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Resident registration number</source>
        <translation>주민등록번호(&amp;R)</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>보안문자(&amp;Y)</translation>
    </message>
    <message>
        <source>Nothing can be sent for this student. Enter records the reason and moves on.</source>
        <translation>이 학생은 실적을 전송할 수 없습니다. Enter를 누르면 사유를 기록하고 다음 학생으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>If the student (14 or over) agrees to share the records now, press F6.</source>
        <translation>학생(만 14세 이상)이 지금 정보제공에 동의하면 F6을 누르세요.</translation>
    </message>
    <message>
        <source>%1 records selected, %2 h NEIS will recognise. Enter sends them.</source>
        <translation>연계 대상 %1건 선택, 나이스 인정 %2시간. Enter를 누르면 전송합니다.</translation>
    </message>
    <message>
        <source>Nothing to send. Enter records that and moves on.</source>
        <translation>보낼 실적이 없습니다. Enter를 누르면 기록하고 다음 학생으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>Print the last &amp;slip…</source>
        <translation>마지막 학생 안내문 인쇄(&amp;S)…</translation>
    </message>
    <message>
        <source>Slip as P&amp;DF…</source>
        <translation>안내문 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Teacher&apos;s sheet…</source>
        <translation>담임용 결과표(&amp;T)…</translation>
    </message>
    <message>
        <source>Teacher&apos;s sheet as PD&amp;F…</source>
        <translation>결과표 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;End the visit</source>
        <translation>학급 연계 마치기(&amp;E)</translation>
    </message>
    <message>
        <source>Class visit: %1</source>
        <translation>학급 단위 연계: %1</translation>
    </message>
    <message>
        <source>Done %1 · nothing to send %2 · failed %3 · not yet come %4 · skipped %5 · %6 h sent</source>
        <translation>완료 %1 · 보낼 실적 없음 %2 · 실패 %3 · 미방문 %4 · 건너뜀 %5 · 전송 %6시간</translation>
    </message>
    <message>
        <source>At the counter: no. %1 %2</source>
        <translation>지금 학생: %1번 %2</translation>
    </message>
    <message>
        <source>At the counter: a student not on the list (type the name)</source>
        <translation>지금 학생: 명단에 없는 학생(성명을 입력하세요)</translation>
    </message>
    <message>
        <source>Type the name, the 13 digits and the security code.</source>
        <translation>성명, 주민등록번호 13자리, 보안문자를 입력하세요.</translation>
    </message>
    <message>
        <source>No. %1 %2: %3. Ctrl+P prints the student&apos;s slip.</source>
        <translation>%1번 %2: %3. Ctrl+P로 학생 안내문을 인쇄합니다.</translation>
    </message>
    <message>
        <source>Record and next student</source>
        <translation>기록하고 다음 학생</translation>
    </message>
</context>
<context>
    <name>ClassVisitSetup</name>
    <message>
        <source>Load the class list</source>
        <translation>학급 명단 불러오기</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>학급 명단 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Class visit: pick the school once, then the students come one after another.</source>
        <translation>학급 단위 연계: 학교를 한 번만 고르면 학생들이 차례로 연계합니다.</translation>
    </message>
    <message>
        <source>No school chosen</source>
        <translation>학교를 고르지 않았습니다</translation>
    </message>
    <message>
        <source>&amp;Search schools…</source>
        <translation>학교검색(&amp;S)…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Optional: the teacher&apos;s class list, one student a line: number, name (e.g. 1,김민서). Never resident registration numbers.</source>
        <translation>선택: 담임 선생님의 학급 명단, 한 줄에 한 학생씩 번호,이름 (예: 1,김민서). 주민등록번호는 넣지 마세요.</translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation>파일에서 불러오기(&amp;F)…</translation>
    </message>
    <message>
        <source>S&amp;tart the class visit</source>
        <translation>학급 연계 시작(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unfinished visits (Enter resumes where it stopped):</source>
        <translation>마치지 않은 학급 연계(&amp;U) (Enter: 멈춘 곳부터 이어서):</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>&amp;Grade / class</source>
        <translation>학년 / 반(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;lass list</source>
        <translation>학급 명단(&amp;L)</translation>
    </message>
    <message>
        <source>This list is refused: it holds a resident registration number. Remove it; nothing of this list is kept.</source>
        <translation>이 명단은 사용할 수 없습니다: 주민등록번호가 들어 있습니다. 지우고 다시 넣으세요. 이 명단은 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 students read; %2 lines need a look (they are left out).</source>
        <translation>학생 %1명을 읽었습니다. 확인이 필요한 줄 %2개는 빼고 씁니다.</translation>
    </message>
    <message>
        <source>No list: students are added as they come.</source>
        <translation>명단 없음: 학생이 올 때마다 추가됩니다.</translation>
    </message>
    <message>
        <source>%1 · started %2 · %3 students, %4 not yet come</source>
        <translation>%1 · %2 시작 · %3명 중 미방문 %4명</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>The member confirms</source>
        <translation>본인이 확인</translation>
    </message>
    <message>
        <source>The legal guardian confirms (under 14)</source>
        <translation>법정대리인이 확인 (만 14세 미만)</translation>
    </message>
    <message>
        <source>I have checked the legal guardian&apos;s ID card</source>
        <translation>법정대리인 신분증을 확인했습니다</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>법정대리인 성명</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Consent to the 1365 link</source>
        <translation>1365 연계 동의</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Renew consent</source>
        <translation>재동의</translation>
    </message>
    <message>
        <source>After the first consent, Red Cross records flow to the 1365 portal automatically. The consent must be renewed every 2 years.</source>
        <translation>최초 1회 동의 후에는 자동으로 적십자 봉사실적이 1365 자원봉사포털로 연동됩니다. 2년마다 재동의가 필요합니다.</translation>
    </message>
    <message>
        <source>You consented to the 1365 link on %1.</source>
        <translation>%1에 1365 연계에 동의하셨습니다.</translation>
    </message>
    <message>
        <source>Expired on %1: renew the consent, or Red Cross records stop flowing to 1365.</source>
        <translation>%1에 동의 기간이 만료되었습니다. 재동의하지 않으면 적십자 봉사실적이 1365로 연동되지 않습니다.</translation>
    </message>
    <message>
        <source>Expires on %1 (in %2 days): renew it now.</source>
        <translation>%1에 만료됩니다(%2일 남음). 지금 재동의하세요.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>%1까지 유효합니다.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Father</source>
        <translation>부</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>모</translation>
    </message>
    <message>
        <source>Other legal guardian</source>
        <translation>기타 법정대리인</translation>
    </message>
    <message>
        <source>Legal guardian (under 14)</source>
        <translation>법정대리인 동의 (만 14세 미만)</translation>
    </message>
    <message>
        <source>A person under 14 needs the consent of a legal guardian (Personal Information Protection Act, Article 22-2).</source>
        <translation>만 14세 미만은 법정대리인의 동의가 필요합니다 (개인정보 보호법 제22조의2).</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>선택하세요</translation>
    </message>
    <message>
        <source>I have checked the legal guardian&apos;s &amp;ID card</source>
        <translation>법정대리인 신분증을 확인했습니다(&amp;I)</translation>
    </message>
    <message>
        <source>Guardian&apos;&amp;s name</source>
        <translation>법정대리인 성명(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>관계(&amp;R)</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>You consented to information sharing for record linking on %1.</source>
        <translation>회원님은 %1에 실적연계를 위한 정보제공 동의를 하셨습니다.</translation>
    </message>
    <message>
        <source>The legal guardian &amp;agrees to the information sharing above</source>
        <translation>법정대리인이 위 정보제공에 동의합니다(&amp;A)</translation>
    </message>
    <message>
        <source>I &amp;agree to the information sharing above</source>
        <translation>위 정보제공에 동의합니다(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Consent to share information for linking volunteer records&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collection of the resident registration number&lt;/b&gt; (privacy policy, Article 2)&lt;br&gt;· Purpose: linking volunteer records&lt;br&gt;· Kept until: the membership ends (or the purpose of collection ends)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Provision of the resident registration number to third parties&lt;/b&gt; (privacy policy, Article 3)&lt;br&gt;· Recipients: Ministry of Education, Ministry of Health and Welfare, Ministry of Gender Equality and Family, Ministry of Justice and the other linked institutions&lt;br&gt;· Purpose: identifying the volunteer to link volunteer records&lt;/p&gt;&lt;p&gt;※ Without this consent, the records combined with the linked institutions cannot be provided.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;봉사실적 연계를 위한 정보제공 동의&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;주민등록번호의 수집&lt;/b&gt; (개인정보처리방침 제2조)&lt;br&gt;· 보존이유: 자원봉사 실적 연계&lt;br&gt;· 보존기간: 회원 탈퇴 시 폐기 (또는 수집목적이 종료되는 시점)&lt;/p&gt;&lt;p&gt;&lt;b&gt;주민등록번호의 제3자 제공&lt;/b&gt; (개인정보처리방침 제3조)&lt;br&gt;· 제공받는 자: 교육부, 보건복지부, 여성가족부, 법무부 등 연계기관&lt;br&gt;· 제공목적: 자원봉사 실적 연계를 위한 자원봉사자 식별&lt;/p&gt;&lt;p&gt;※ 정보제공 미동의시 연계기관과의 통합된 실적을 제공 받을 수 없음을 알려드립니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CounterLock</name>
    <message>
        <source>Locked, as a real counter locks: what was on the screen is gone. In training mode, Unlock opens it again without a password.</source>
        <translation>실제 창구처럼 화면이 잠기고 화면에 있던 정보는 지워졌습니다. 연습 모드에서는 비밀번호 없이 잠금 해제를 누르면 됩니다.</translation>
    </message>
    <message>
        <source>Locked with Lock now. %1, enter your password to continue.</source>
        <translation>‘지금 잠금’으로 잠갔습니다. %1 님, 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>LinkDesk error</source>
        <translation>LinkDesk 오류</translation>
    </message>
    <message>
        <source>LinkDesk met an unexpected error and will close so that no record is sent in an undefined state. Copy the report below and send it to your administrator. Resident registration numbers in it are masked.</source>
        <translation>예상하지 못한 오류가 발생하여 LinkDesk를 종료합니다. 실적이 잘못 전송되거나 저장되지 않도록 하기 위한 조치입니다. 아래 오류 보고서를 복사하여 관리자에게 전달해 주세요. 보고서의 주민등록번호는 가려져 있습니다.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
    <message>
        <source>Quit LinkDesk</source>
        <translation>LinkDesk 종료</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <source>Month, by day</source>
        <translation>한 달 (일별)</translation>
    </message>
    <message>
        <source>Month, by week</source>
        <translation>한 달 (주별)</translation>
    </message>
    <message>
        <source>Year, by month</source>
        <translation>한 해 (월별)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로고침(&amp;R)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Records linked per period</source>
        <translation>기간별 연계 실적</translation>
    </message>
    <message>
        <source>NEIS</source>
        <translation>나이스(학생부)</translation>
    </message>
    <message>
        <source>Red Cross → 1365</source>
        <translation>대한적십자사 → 1365</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>연계처</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Volunteer time</source>
        <translation>봉사시간</translation>
    </message>
    <message>
        <source>Hours NEIS recognises</source>
        <translation>학생부 인정시간</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>연계처</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>School&apos;s reason</source>
        <translation>학교 반려 사유</translation>
    </message>
    <message>
        <source>Linked per partner</source>
        <translation>연계처별 실적</translation>
    </message>
    <message>
        <source>Failed or unclear sends (now)</source>
        <translation>전송 실패·결과 확인 필요 (현재)</translation>
    </message>
    <message>
        <source>Rejected by schools</source>
        <translation>학교 반려</translation>
    </message>
    <message>
        <source>Purpose of the report (required)</source>
        <translation>보고서 목적 (필수)</translation>
    </message>
    <message>
        <source>Purpose of the report</source>
        <translation>보고서 목적</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV로 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Monthly report (실적 보고)</source>
        <translation>월간 실적 보고</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계하는 중…</translation>
    </message>
    <message>
        <source>%1: %2 records linked for %3 students (%4). Now waiting %5, failed %6, unclear %7. Rejected by schools %8. Certificates issued %9, consents expiring within 30 days %10.</source>
        <translation>%1: 학생(봉사자) %3명의 실적 %2건 연계 (%4). 현재 전송 대기 %5건, 실패 %6건, 결과 확인 필요 %7건. 학교 반려 %8건. 확인서 발급 %9건, 30일 안에 만료되는 동의 %10건.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>보고서를 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>%1 bars; the busiest is %2 with %3 records.</source>
        <translation>막대 %1개, 가장 많은 때는 %2 (%3건)입니다.</translation>
    </message>
    <message>
        <source>Nothing was linked in this period.</source>
        <translation>이 기간에 연계된 실적이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>LinkDesk could not start: %1</source>
        <translation>LinkDesk를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Centre administrator</source>
        <translation>센터 관리자</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>창구 담당자</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · %3</source>
        <translation>로그인: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Still preparing; try again in a moment.</source>
        <translation>아직 준비 중입니다. 잠시 후 다시 누르세요.</translation>
    </message>
</context>
<context>
    <name>DriftArea</name>
    <message>
        <source>Drift check</source>
        <translation>연계 점검</translation>
    </message>
    <message>
        <source>Compares what this PC recorded as sent with what each partner holds now. Nothing changes until you tick differences and apply them.</source>
        <translation>이 PC가 전송했다고 기록한 내용과 각 연계기관이 지금 가진 내용을 비교합니다. 차이를 골라 반영하기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Days to check</source>
        <translation>점검할 기간(일)</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>지금 점검(&amp;C)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>연계처</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>봉사자</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>이 PC</translation>
    </message>
    <message>
        <source>Partner now</source>
        <translation>연계기관 현재</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked differences</source>
        <translation>선택한 차이 반영(&amp;A)</translation>
    </message>
    <message>
        <source>Tick at least one partner.</source>
        <translation>연계처를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Asking the partners…</source>
        <translation>연계기관에 확인하는 중…</translation>
    </message>
    <message>
        <source>Applying sets: %1</source>
        <translation>반영하면 &apos;%1&apos;(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>check by hand</source>
        <translation>담당자 확인</translation>
    </message>
    <message>
        <source>%1 differences, %2 with a safe fix.</source>
        <translation>차이 %1건, 그중 %2건은 반영할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1에 연결하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Some partners could not be checked.</source>
        <translation>일부 연계기관은 점검하지 못했습니다.</translation>
    </message>
    <message>
        <source>No differences: the cache matches the partners.</source>
        <translation>차이가 없습니다. 이 PC의 기록이 연계기관과 같습니다.</translation>
    </message>
    <message>
        <source>Tick the differences to apply first.</source>
        <translation>반영할 차이를 먼저 고르세요.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>반영하는 중…</translation>
    </message>
    <message>
        <source>%1 records now show the partner&apos;s state.</source>
        <translation>%1건을 연계기관의 상태로 반영했습니다.</translation>
    </message>
</context>
<context>
    <name>ExpiringTab</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>1365 ID</source>
        <translation>1365 아이디</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>회원번호</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>만료일시</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Members whose 1365 link consent expires within %1 days. Call them in to renew it.</source>
        <translation>1365 연계 동의가 %1일 안에 만료되는 회원입니다. 연락하여 재동의를 안내하세요.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>Open member</source>
        <translation>회원 열기</translation>
    </message>
    <message>
        <source>Reading expiring consents…</source>
        <translation>만료 예정 동의를 불러오는 중…</translation>
    </message>
    <message>
        <source>The Red Cross could not be reached: the consents this counter saw last are shown.</source>
        <translation>대한적십자사에 연결할 수 없어 이 창구에서 마지막으로 확인한 동의 내역을 보여 줍니다.</translation>
    </message>
    <message>
        <source>No consent expires in this period.</source>
        <translation>이 기간에 만료되는 동의가 없습니다.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>LinkDesk — create the administrator</source>
        <translation>LinkDesk — 관리자 계정 만들기</translation>
    </message>
    <message>
        <source>This is the first start of LinkDesk here. Create the account of the centre&apos;s administrator; the administrator then adds one account for each staff member.</source>
        <translation>이 컴퓨터에서 LinkDesk를 처음 시작합니다. 센터 관리자 계정을 만드세요. 관리자는 이후 담당자마다 계정을 하나씩 만듭니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>At least 10 characters of two kinds, or 8 characters of three kinds (letters, digits, symbols).</source>
        <translation>영문·숫자·특수문자 중 2종류 이상으로 10자 이상, 또는 3종류 이상으로 8자 이상.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>아이디(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>비밀번호 확인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>만들고 로그인(&amp;C)</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>모든 칸을 입력하세요.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Identity check</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>The visitor types the name and the resident registration number, then the security code, and presses Verify identity.</source>
        <translation>방문자가 성명과 주민등록번호, 보안문자를 직접 입력한 뒤 실명인증을 누릅니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>V&amp;erify identity</source>
        <translation>실명인증(&amp;E)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>성명(&amp;M)</translation>
    </message>
    <message>
        <source>Resident registration n&amp;umber</source>
        <translation>주민등록번호(&amp;U)</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>보안문자(&amp;Y)</translation>
    </message>
    <message>
        <source>Recor&amp;d the consent</source>
        <translation>동의(&amp;D)</translation>
    </message>
    <message>
        <source>The identity check has expired. Type the resident registration number again and verify.</source>
        <translation>본인 확인 시간이 지났습니다. 주민등록번호를 다시 입력하고 실명인증을 진행하세요.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>Identity verified: %1 (born %2)</source>
        <translation>실명인증 완료: %1 (%2생)</translation>
    </message>
    <message>
        <source>under 14: the legal guardian consents</source>
        <translation>만 14세 미만: 법정대리인 동의 필요</translation>
    </message>
    <message>
        <source>Loading the security code…</source>
        <translation>보안문자를 불러오는 중…</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>성명을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter all 13 digits of the resident registration number.</source>
        <translation>주민등록번호 13자리를 모두 입력하세요.</translation>
    </message>
    <message>
        <source>Type the security code in the image.</source>
        <translation>이미지의 보안문자를 입력하세요.</translation>
    </message>
    <message>
        <source>Verifying identity…</source>
        <translation>실명인증 중…</translation>
    </message>
    <message>
        <source>Tick the consent first (and, under 14, record the legal guardian).</source>
        <translation>먼저 동의에 체크하세요 (만 14세 미만은 법정대리인 정보도 입력하세요).</translation>
    </message>
    <message>
        <source>Recording the consent in 1365…</source>
        <translation>1365에 동의를 등록하는 중…</translation>
    </message>
</context>
<context>
    <name>LeaveConfirm</name>
    <message>
        <source>Start again and discard what was entered for this visitor?</source>
        <translation>처음부터 다시 시작할까요? 이 방문자에 대해 입력한 내용이 지워집니다.</translation>
    </message>
    <message>
        <source>&amp;Discard and start again</source>
        <translation>지우고 처음으로(&amp;D)</translation>
    </message>
    <message>
        <source>Close the linking and discard what was entered for this visitor?</source>
        <translation>실적연계를 닫을까요? 이 방문자에 대해 입력한 내용이 지워집니다.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>지우고 닫기(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the entered data?</source>
        <translation>입력한 내용을 지울까요?</translation>
    </message>
    <message>
        <source>The name, the identity check, the school and the chosen records are forgotten. Records already sent stay sent.</source>
        <translation>성명, 실명인증 결과, 소속학교와 선택한 실적이 모두 지워집니다. 이미 전송한 실적은 전송된 그대로입니다.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>계속 입력(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LinkingWelcome</name>
    <message>
        <source>NEIS record linking</source>
        <translation>NEIS 실적연계</translation>
    </message>
    <message>
        <source>Send a student&apos;s volunteer records from 1365 to the school record (NEIS). The visitor types the resident registration number themselves.</source>
        <translation>1365 자원봉사포털의 봉사실적을 학교생활기록부(NEIS)로 연계합니다. 주민등록번호는 방문자가 직접 입력합니다.</translation>
    </message>
    <message>
        <source>Resident number (identity check)</source>
        <translation>주민번호입력(실명인증)</translation>
    </message>
    <message>
        <source>Choose the school</source>
        <translation>소속학교 선택</translation>
    </message>
    <message>
        <source>Check the student information</source>
        <translation>학생정보확인</translation>
    </message>
    <message>
        <source>Choose records</source>
        <translation>실적선택</translation>
    </message>
    <message>
        <source>Send records</source>
        <translation>실적전송</translation>
    </message>
    <message>
        <source>The resident registration number you enter is not stored; it is used only for the identity check and record linking.</source>
        <translation>입력하신 주민번호는 저장되지 않으며, 본인확인 및 실적연계에만 사용됩니다.</translation>
    </message>
    <message>
        <source>Start linking (Ctrl+N)</source>
        <translation>실적연계 시작 (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>LinkingWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation>이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>Start a&amp;gain</source>
        <translation>처음으로(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>마침(&amp;N)</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>실적전송(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>The counter is locked</source>
        <translation>화면이 잠겼습니다</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Sign in as another staff member</source>
        <translation>다른 담당자로 로그인</translation>
    </message>
    <message>
        <source>Locked after a period without input. %1, enter your password to continue.</source>
        <translation>일정 시간 입력이 없어 잠겼습니다. %1 님, 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>비밀번호를 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LinkDesk — volunteer record linking</source>
        <translation>LinkDesk — 자원봉사 실적연계</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>연습 모드</translation>
    </message>
    <message>
        <source>NEIS record linking</source>
        <translation>NEIS 실적연계</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New linking</source>
        <translation>새 실적연계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>지금 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>직원 관리(&amp;S)…</translation>
    </message>
    <message>
        <source>Import NEIS Open API &amp;data…</source>
        <translation>나이스 Open API 자료 가져오기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Class visit</source>
        <translation>학급 단위 연계(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어 따름</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LinkDesk</source>
        <translation>LinkDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The language changes the next time LinkDesk starts.</source>
        <translation>언어 설정은 LinkDesk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>About LinkDesk</source>
        <translation>LinkDesk 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NEIS record linking&lt;/b&gt;: resident number (identity check) ➤ choose the school ➤ check the student information ➤ choose records ➤ send records. Esc, Start again and Ctrl+N ask before discarding what was entered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NEIS 실적연계&lt;/b&gt;: 주민번호입력(실명인증) ➤ 소속학교 선택 ➤ 학생정보확인 ➤ 실적선택 ➤ 실적전송. Esc, 처음으로, Ctrl+N은 입력한 내용을 지우기 전에 먼저 묻습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VMS → 1365&lt;/b&gt;: find the member by name and birth date or VMS ID, check the records not yet in 1365 and send them all at once. A member without the 1365 consent goes to the identity check first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VMS 실적연계&lt;/b&gt;: 성명과 생년월일 또는 VMS 아이디로 회원을 찾아, 1365에 아직 없는 실적을 확인하고 봉사실적 일괄전송으로 한 번에 보냅니다. 1365 정보제공 동의가 없는 회원은 먼저 본인 확인(실명인증)으로 갑니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Red Cross → 1365&lt;/b&gt;: look up the member&apos;s Red Cross volunteering, record the 1365 linking consent and link the records; a list shows the consents about to expire.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;적십자 실적연계&lt;/b&gt;: 회원의 적십자 나의 봉사를 조회하고, 1365 연계 동의를 기록한 뒤 실적을 연계합니다. 만료 예정인 동의는 목록으로 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Waiting to send&lt;/b&gt; (review): every record a partner has not accepted yet, filtered by status, partner, school, volunteer and period. Resend, cancel or export; the count in the status bar is this list&apos;s total.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;전송 대기&lt;/b&gt;(검토): 아직 기관이 받지 않은 모든 실적을 상태, 기관, 학교, 봉사자, 기간으로 골라 봅니다. 재전송, 전송 취소, 내보내기를 할 수 있으며, 상태 표시줄의 전송 대기 건수는 이 목록의 전체 건수입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Certificates&lt;/b&gt;: issue a volunteer record certificate, reissue or void one, and verify the number a school asks about.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;실적 확인서&lt;/b&gt;: 자원봉사 실적 확인서를 발급하고, 재발급하거나 무효로 하며, 학교가 문의한 발급번호를 확인합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Class visit&lt;/b&gt;: choose the school (and class) once and load the teacher&apos;s class list; then each student types the resident number and the security characters, the records that can be sent are ticked, and one key sends and calls the next student. The visit resumes after a restart; the teacher&apos;s sheet lists who is done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;학급 단위 연계&lt;/b&gt;: 학교(와 학급)를 한 번 고르고 담임 선생님의 학급 명단을 불러옵니다. 학생마다 주민등록번호와 보안문자를 입력하면 연계 대상 실적이 선택되고, 키 하나로 전송한 뒤 다음 학생으로 넘어갑니다. 프로그램을 다시 시작해도 이어서 진행하며, 담임 확인용 명단에 누가 끝났는지 나옵니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rejected records&lt;/b&gt;: records a school rejected, with its reason and what to do (correct the record at the organisation in 1365 and send again, or ask the school); mark each one handled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;반려 실적&lt;/b&gt;: 학교가 반려한 실적과 그 사유, 해결 방법(1365에서 수요처가 실적을 고친 뒤 다시 전송하거나 학교에 문의)을 보여 줍니다. 처리한 건은 처리 완료로 표시합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Dashboard&lt;/b&gt;: records and hours linked per day, week or month and per partner, students served, waiting, failed and rejected sends with their reasons, certificates and expiring consents, as a chart and as a table; save the month&apos;s report as CSV or PDF with its purpose.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;현황&lt;/b&gt;: 일·주·월별, 연계처별 연계 실적과 시간, 학생 수, 전송 대기·실패·반려 건수와 사유, 확인서 발급, 만료 예정 동의를 차트와 표로 보여 줍니다. 월간 실적 보고를 목적과 함께 CSV나 PDF로 저장합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Drift check&lt;/b&gt;: compares what this PC recorded as sent with what NEIS, VMS and the Red Cross hold now. Nothing changes until you tick differences and apply them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;연계 점검&lt;/b&gt;: 이 PC가 전송했다고 기록한 내용과 나이스·VMS·대한적십자사가 지금 가진 내용을 비교합니다. 차이를 골라 반영하기 전에는 아무것도 바뀌지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Staff accounts&lt;/b&gt; (administrators, File menu): one account per person, the role, unlocking and password resets. Wrong passwords lock an account; the sign-in says how many tries are left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;직원 계정&lt;/b&gt;(관리자, 파일 메뉴): 한 사람에 한 계정, 권한, 잠금 해제와 비밀번호 초기화. 비밀번호를 여러 번 틀리면 계정이 잠기며, 로그인 창이 남은 횟수를 알려 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Access log&lt;/b&gt; (administrators): who viewed, entered, changed, deleted, printed or downloaded whose data and when; check the chain is intact, see a month&apos;s summary and record the monthly review.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;접속기록&lt;/b&gt;(관리자): 누가 언제 누구의 정보를 조회·입력·변경·삭제·출력·다운로드했는지 봅니다. 기록이 위·변조되지 않았는지 확인하고, 월별 요약을 보고 월간 점검을 기록합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keyboard: &lt;b&gt;Ctrl+N&lt;/b&gt; new linking, &lt;b&gt;Tab&lt;/b&gt; next field, &lt;b&gt;Enter&lt;/b&gt; next step, &lt;b&gt;Esc&lt;/b&gt; leave the linking, &lt;b&gt;F1&lt;/b&gt; this help, &lt;b&gt;Ctrl+L&lt;/b&gt; lock the counter, &lt;b&gt;Ctrl+Q&lt;/b&gt; quit. A wait over a second can be stopped with Stop waiting.&lt;/p&gt;&lt;p&gt;In training mode nothing is sent to the real institutions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;키보드: &lt;b&gt;Ctrl+N&lt;/b&gt; 새 실적연계, &lt;b&gt;Tab&lt;/b&gt; 다음 입력칸, &lt;b&gt;Enter&lt;/b&gt; 다음 단계, &lt;b&gt;Esc&lt;/b&gt; 실적연계 닫기, &lt;b&gt;F1&lt;/b&gt; 도움말, &lt;b&gt;Ctrl+L&lt;/b&gt; 지금 잠금, &lt;b&gt;Ctrl+Q&lt;/b&gt; 종료. 1초 넘게 기다리는 작업은 대기 취소로 멈출 수 있습니다.&lt;/p&gt;&lt;p&gt;연습 모드에서는 실제 기관에 아무것도 전송되지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;LinkDesk %1&lt;/b&gt;&lt;br&gt;Volunteer record linking for volunteer centre counters (1365, NEIS, VMS, Red Cross).&lt;/p&gt;&lt;p&gt;Font: Nanum Gothic (SIL Open Font License). Qt for Python (LGPL).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LinkDesk %1&lt;/b&gt;&lt;br&gt;자원봉사센터 창구용 봉사실적 연계 프로그램 (1365, NEIS, VMS, 대한적십자사)&lt;/p&gt;&lt;p&gt;글꼴: 나눔고딕 (SIL Open Font License). Qt for Python (LGPL).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberSearchBar</name>
    <message>
        <source>VMS ID</source>
        <translation>VMS 아이디</translation>
    </message>
    <message>
        <source>1365 ID</source>
        <translation>1365 아이디</translation>
    </message>
    <message>
        <source>Name + birth date</source>
        <translation>이름 + 생년월일</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>검색 기준</translation>
    </message>
    <message>
        <source>Enter what to search for.</source>
        <translation>검색할 아이디 또는 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the birth date as YYYY-MM-DD (as in the resident register).</source>
        <translation>생년월일을 YYYY-MM-DD 형식으로 입력하세요(주민등록등본상 날짜).</translation>
    </message>
    <message>
        <source>e.g. haneul85</source>
        <translation>예: haneul85</translation>
    </message>
    <message>
        <source>e.g. V-2001</source>
        <translation>예: V-2001</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>MemberTab</name>
    <message>
        <source>My volunteering</source>
        <translation>나의 봉사</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>가입일자</translation>
    </message>
    <message>
        <source>Link Red Cross activities</source>
        <translation>적십자 활동 연결</translation>
    </message>
    <message>
        <source>Check the Red Cross activities below, then press Link to connect them.</source>
        <translation>하단의 나의 적십자 활동 내역을 확인(선택)하신 후 연결하기 버튼을 통해 활동정보를 연결해 주세요.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결하기</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>전체 선택</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>1365 link consent</source>
        <translation>1365 연계 동의</translation>
    </message>
    <message>
        <source>Looking up the Red Cross member…</source>
        <translation>적십자 회원을 조회하는 중…</translation>
    </message>
    <message>
        <source>Reading My volunteering…</source>
        <translation>나의 봉사를 불러오는 중…</translation>
    </message>
    <message>
        <source>Linking the activities…</source>
        <translation>활동을 연결하는 중…</translation>
    </message>
    <message>
        <source>Saving the 1365 link consent…</source>
        <translation>1365 연계 동의를 저장하는 중…</translation>
    </message>
    <message>
        <source>Several members found: choose one.</source>
        <translation>회원이 여러 명 조회되었습니다. 한 명을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 (member no. %2 · 1365 ID %3)</source>
        <translation>%1 (회원번호 %2 · 1365 아이디 %3)</translation>
    </message>
</context>
<context>
    <name>NeisImport</name>
    <message>
        <source>Import NEIS Open API data</source>
        <translation>나이스 Open API 자료 가져오기</translation>
    </message>
    <message>
        <source>NEIS Open API answers (*.json)</source>
        <translation>나이스 Open API 응답 파일 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>가져온 자료가 없습니다</translation>
    </message>
</context>
<context>
    <name>PartnerStatusBar</name>
    <message>
        <source>Identity check</source>
        <translation>실명인증</translation>
    </message>
    <message>
        <source>1365</source>
        <translation>1365</translation>
    </message>
    <message>
        <source>NEIS</source>
        <translation>NEIS</translation>
    </message>
    <message>
        <source>VMS</source>
        <translation>VMS</translation>
    </message>
    <message>
        <source>Red Cross</source>
        <translation>적십자</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>전송 대기 %1건</translation>
    </message>
    <message>
        <source>Records in the outbox, sent automatically when the partner is back</source>
        <translation>전송 대기열의 실적입니다. 연계기관이 다시 응답하면 자동으로 전송됩니다.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>확인 전</translation>
    </message>
</context>
<context>
    <name>Pending</name>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>재시도 대기</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <source>Being confirmed</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>NEIS</source>
        <translation>나이스</translation>
    </message>
    <message>
        <source>VMS</source>
        <translation>VMS</translation>
    </message>
    <message>
        <source>Red Cross</source>
        <translation>대한적십자사</translation>
    </message>
    <message>
        <source>1365</source>
        <translation>1365</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>연계기관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>실적번호</translation>
    </message>
    <message>
        <source>Volunteer ID</source>
        <translation>봉사자 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>봉사일</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>수요처</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동내용</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>등록일시</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>오류 코드</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>실패 사유</translation>
    </message>
</context>
<context>
    <name>PendingArea</name>
    <message>
        <source>Pending sends</source>
        <translation>전송 대기 목록</translation>
    </message>
    <message>
        <source>Sends that have not reached the partner yet, for every volunteer. This list works without a network.</source>
        <translation>아직 연계기관에 전송되지 않은 모든 봉사자의 실적입니다. 이 목록은 인터넷 연결 없이도 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;selected</source>
        <translation>선택 재전송(&amp;S)</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>전체 재전송(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation>전송 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Show recor&amp;ds</source>
        <translation>실적 보기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation>%1건</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1건 선택</translation>
    </message>
    <message>
        <source>Sending %1 row(s)…</source>
        <translation>%1건을 전송하는 중…</translation>
    </message>
    <message>
        <source>Sending every row of the list…</source>
        <translation>목록 전체를 전송하는 중…</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>전송 %1건</translation>
    </message>
    <message>
        <source>Still waiting: %1</source>
        <translation>대기 %1건</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부 %1건</translation>
    </message>
    <message>
        <source>Left alone (sent or being sent): %1</source>
        <translation>제외(이미 전송됨 또는 전송 중) %1건</translation>
    </message>
    <message>
        <source>Could not reach %1; the rows stay queued and are sent when it is back.</source>
        <translation>%1에 연결할 수 없습니다. 대기 목록에 남겨 두었다가 연결되면 전송합니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>전송을 취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>취소 %1건</translation>
    </message>
    <message>
        <source>Not cancelled (the partner may have them): %1</source>
        <translation>취소하지 않음(연계기관에 전송되었을 수 있음) %1건</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2</source>
        <translation>%1건을 저장했습니다: %2</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>파일을 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>PendingCancelDialog</name>
    <message>
        <source>Cancel sending</source>
        <translation>전송 취소</translation>
    </message>
    <message>
        <source>Cancel %1 selected send(s)? Sends that may already have reached the partner (being sent or being confirmed) are left as they are.</source>
        <translation>선택한 %1건의 전송을 취소할까요? 연계기관에 이미 전달되었을 수 있는 건(전송 중, 확인 중)은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Reason (required), e.g. entered twice</source>
        <translation>취소 사유(필수) 예: 중복 입력</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>취소하지 않음</translation>
    </message>
</context>
<context>
    <name>PendingExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>목록 내보내기</translation>
    </message>
    <message>
        <source>%1 row(s) of the current list. Only the columns you tick are written; the export is recorded in the access log.</source>
        <translation>현재 목록 %1건입니다. 선택한 항목만 파일에 저장되며, 내보내기는 접속기록에 남습니다.</translation>
    </message>
    <message>
        <source>Purpose (required), e.g. check with the school</source>
        <translation>이용 목적(필수) 예: 학교 담당자 확인 요청</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>내보낼 항목</translation>
    </message>
    <message>
        <source>(personal data)</source>
        <translation>(개인정보)</translation>
    </message>
    <message>
        <source>CSV (Excel opens it)</source>
        <translation>CSV (엑셀에서 열림)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>엑셀 (.xlsx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>이용 목적</translation>
    </message>
    <message>
        <source>Enter the purpose of the export.</source>
        <translation>내보내는 목적을 입력하세요.</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>내보낼 항목을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>저장할 파일을 지정하세요.</translation>
    </message>
</context>
<context>
    <name>PendingFilterBar</name>
    <message>
        <source>All partners</source>
        <translation>전체 연계기관</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>전체 학교</translation>
    </message>
    <message>
        <source>Volunteer ID</source>
        <translation>봉사자 ID</translation>
    </message>
    <message>
        <source>Search name, organization, activity</source>
        <translation>성명, 수요처, 활동내용 검색</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Queued on</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>봉사일</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>연계기관(&amp;P)</translation>
    </message>
    <message>
        <source>Sc&amp;hool</source>
        <translation>학교(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PendingStatusChips</name>
    <message>
        <source>All %1</source>
        <translation>전체 %1</translation>
    </message>
</context>
<context>
    <name>PendingTable</name>
    <message>
        <source>Code: %1</source>
        <translation>코드: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>다음 시도: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>시도 횟수: %1</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>How to resolve: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
</context>
<context>
    <name>RcyTab</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Joined (year)</source>
        <translation>가입년도</translation>
    </message>
    <message>
        <source>Name (initial consonants work)</source>
        <translation>이름 (초성 검색 가능)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>RCY (youth Red Cross) members: for them use My RCY on the Red Cross site.</source>
        <translation>RCY(청소년적십자) 단원입니다. RCY 단원은 적십자사 홈페이지의 나의 RCY 메뉴를 이용해 주세요.</translation>
    </message>
    <message>
        <source>Reading RCY members…</source>
        <translation>RCY 단원을 불러오는 중…</translation>
    </message>
    <message>
        <source>No RCY member found.</source>
        <translation>조회된 RCY 단원이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>봉사일</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>수요처</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동내역</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>봉사시간</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>인정시간</translation>
    </message>
    <message>
        <source>Eligibility / reason</source>
        <translation>연계 가능 여부/사유</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>전송일시</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>연계결과</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Last send failed</source>
        <translation>이전 전송 실패</translation>
    </message>
    <message>
        <source>Send being confirmed</source>
        <translation>전송 확인 중</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송성공</translation>
    </message>
    <message>
        <source>Approved by the school</source>
        <translation>학교승인</translation>
    </message>
    <message>
        <source>Rejected by the school</source>
        <translation>학교반려</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>연계 가능</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>연계 불가: %1</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>연계 불가</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>전체 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Check every record that can be linked</source>
        <translation>연계 가능한 실적을 모두 선택합니다</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>선택 해제(&amp;O)</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1건</translation>
    </message>
    <message>
        <source>Selected %1 · %2 · recognised %3 h</source>
        <translation>선택 %1건 · %2 · 인정 %3시간</translation>
    </message>
</context>
<context>
    <name>RedCrossArea</name>
    <message>
        <source>Korean Red Cross → 1365</source>
        <translation>대한적십자사 → 1365 연계</translation>
    </message>
    <message>
        <source>Member · My volunteering</source>
        <translation>회원 조회 · 나의 봉사</translation>
    </message>
    <message>
        <source>Consents expiring in 30 days</source>
        <translation>30일 내 동의 만료 예정</translation>
    </message>
    <message>
        <source>RCY</source>
        <translation>RCY</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>School name or code</source>
        <translation>학교명 또는 학교코드</translation>
    </message>
    <message>
        <source>Rejected &amp;between</source>
        <translation>반려 기간(&amp;B)</translation>
    </message>
    <message>
        <source>Words in the reason</source>
        <translation>반려 사유에 있는 말</translation>
    </message>
    <message>
        <source>Show &amp;handled</source>
        <translation>처리한 것도 보기(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>조회(&amp;L)</translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation>반려 확인일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>봉사활동</translation>
    </message>
    <message>
        <source>School&apos;s reason</source>
        <translation>학교의 반려 사유</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Note (what was done, e.g. the teacher was told)</source>
        <translation>메모 (처리 내용, 예: 담임 선생님께 안내함)</translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation>처리 완료(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>처리 취소(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>학교(&amp;S)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>사유(&amp;E)</translation>
    </message>
    <message>
        <source>Records a school rejected: the school&apos;s reason and what the student can do.</source>
        <translation>학교가 반려한 실적: 학교의 반려 사유와 학생이 할 일.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 %2 처리</translation>
    </message>
    <message>
        <source>%1 rejected records.</source>
        <translation>반려 실적 %1건.</translation>
    </message>
</context>
<context>
    <name>RrnInput</name>
    <message>
        <source>YYMMDD</source>
        <translation>생년월일 6자리</translation>
    </message>
    <message>
        <source>Resident registration number, first 6 digits</source>
        <translation>주민등록번호 앞 6자리</translation>
    </message>
    <message>
        <source>Resident registration number, last 7 digits</source>
        <translation>주민등록번호 뒤 7자리</translation>
    </message>
    <message>
        <source>The resident registration number you enter is not stored; it is used only for the identity check and record linking.</source>
        <translation>입력하신 주민번호는 저장되지 않으며, 본인확인 및 실적연계에만 사용됩니다.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>My school</source>
        <translation>내 소속학교</translation>
    </message>
    <message>
        <source>Search for the school the student attends and choose it. A name or its initial consonants work (e.g. ㅂㅁㅈ).</source>
        <translation>학생이 재학 중인 학교를 검색해 선택하세요. 학교명이나 초성(예: ㅂㅁㅈ)으로 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>School name, then Enter</source>
        <translation>학교명 입력 후 Enter</translation>
    </message>
    <message>
        <source>&amp;Search schools…</source>
        <translation>학교검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Schoo&amp;l</source>
        <translation>소속학교(&amp;L)</translation>
    </message>
    <message>
        <source>Preparing the school directory…</source>
        <translation>학교 목록을 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>SchoolSearch</name>
    <message>
        <source>Elementary</source>
        <translation>초등학교</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>중학교</translation>
    </message>
    <message>
        <source>High</source>
        <translation>고등학교</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>특수학교</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교명</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>학교급</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>School search</source>
        <translation>학교검색</translation>
    </message>
    <message>
        <source>School name or initial consonants (e.g. ㅂㅁㅈ)</source>
        <translation>학교명 또는 초성 (예: ㅂㅁㅈ)</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>전체 시도교육청</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>전체 학교급</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>School &amp;name</source>
        <translation>학교명(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Office of education</source>
        <translation>시도교육청(&amp;O)</translation>
    </message>
    <message>
        <source>School &amp;kind</source>
        <translation>학교급(&amp;K)</translation>
    </message>
    <message>
        <source>No school found. Check the name, or try its initial consonants (e.g. ㅂㅁㅈ).</source>
        <translation>검색된 학교가 없습니다. 학교명을 확인하거나 초성(예: ㅂㅁㅈ)으로 검색해 보세요.</translation>
    </message>
    <message>
        <source>The first %1 schools are shown; type more of the name to narrow the list.</source>
        <translation>처음 %1개 학교만 표시합니다. 학교명을 더 입력하여 범위를 좁히세요.</translation>
    </message>
    <message>
        <source>%1 schools found</source>
        <translation>검색 결과 %1개 학교</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>Choose records</source>
        <translation>실적선택</translation>
    </message>
    <message>
        <source>Check the records to send to NEIS. Records that NEIS would not recognise cannot be checked; the last column says why.</source>
        <translation>나이스로 전송할 실적을 선택하세요. 나이스에서 인정되지 않는 실적은 선택할 수 없으며, 마지막 열에 그 이유가 나옵니다.</translation>
    </message>
    <message>
        <source>Loading the records from 1365…</source>
        <translation>1365에서 봉사실적을 불러오는 중…</translation>
    </message>
    <message>
        <source>1365 could not be reached: the records saved on this PC are shown. Records added in 1365 since the last visit may be missing.</source>
        <translation>1365에 연결할 수 없어 이 PC에 저장된 실적을 보여 드립니다. 지난 방문 이후 1365에 등록된 실적은 빠져 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The school&apos;s timetable was not available: the daily limit uses the defaults (school days %1 h, weekends and holidays %2 h).</source>
        <translation>학교 시간표를 받을 수 없어 하루 인정 한도는 기본값(수업일 %1시간, 주말·공휴일 %2시간)으로 계산했습니다.</translation>
    </message>
    <message>
        <source>There is no record to send to NEIS.</source>
        <translation>나이스로 전송할 실적이 없습니다.</translation>
    </message>
    <message>
        <source>To link (%1)</source>
        <translation>연계 대상 (%1)</translation>
    </message>
    <message>
        <source>Linked records (%1)</source>
        <translation>연계완료 실적 (%1)</translation>
    </message>
</context>
<context>
    <name>SendButton</name>
    <message>
        <source>Send all records to 1365</source>
        <translation>봉사실적 일괄전송</translation>
    </message>
    <message>
        <source>%1 — allowed after %2 (%3)</source>
        <translation>%1 — %2 이후 가능 (%3)</translation>
    </message>
    <message>
        <source>VMS allows one bulk send per interval. Next send: %1</source>
        <translation>봉사실적 전송은 1시간에 1회만 가능합니다. 다음 전송 가능 시각: %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send records</source>
        <translation>실적전송</translation>
    </message>
    <message>
        <source>The school still has to approve the sent records in NEIS before the hours enter the school record. A rejected record (for example outside the school&apos;s volunteer plan) shows as rejected under Linked records.</source>
        <translation>전송된 실적은 학교가 나이스에서 승인해야 학교생활기록부에 반영됩니다. 반려된 실적(예: 학교 봉사활동 계획에 없는 활동)은 연계완료 실적에 반려로 표시됩니다.</translation>
    </message>
    <message>
        <source>Send %1 records (%2, recognised %3 h) to NEIS?</source>
        <translation>선택한 실적 %1건(%2, 인정 %3시간)을 나이스로 전송하시겠습니까?</translation>
    </message>
    <message>
        <source>A sent record cannot be edited or deleted from 1365. Only the school can correct it.</source>
        <translation>전송된 실적은 1365에서 수정하거나 삭제할 수 없습니다. 정정은 학교에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>전송(&amp;S)</translation>
    </message>
    <message>
        <source>Sending to NEIS…</source>
        <translation>나이스로 전송하는 중…</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>다시 전송하는 중…</translation>
    </message>
    <message>
        <source>Stopped waiting for NEIS. The records were already handed to the outbox, so none is lost or sent twice: those NEIS accepted show here as sent when it answers, the others are sent automatically (see Waiting to send).</source>
        <translation>NEIS 응답 기다리기를 취소했습니다. 실적은 이미 전송 대기열에 넘겨졌으므로 사라지거나 두 번 전송되지 않습니다. NEIS가 받은 실적은 응답이 오면 여기에 전송완료로 표시되고, 나머지는 자동으로 전송됩니다(전송 대기 화면 참고).</translation>
    </message>
    <message>
        <source>%1 records are waiting: NEIS could not be reached. They are sent automatically when it is back (see the waiting count in the status bar), or press Resend.</source>
        <translation>%1건이 전송 대기 중입니다: 나이스에 연결할 수 없었습니다. 연결되면 자동으로 전송되며(상태 표시줄의 전송 대기 건수), 재전송을 눌러 다시 보낼 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>SendResults</name>
    <message>
        <source>Sent</source>
        <translation>전송성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>전송실패</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>이미 전송됨</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>전송 안 함</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>봉사일</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>수요처</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동내역</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>연계결과</translation>
    </message>
    <message>
        <source>Reason / next step</source>
        <translation>사유/안내</translation>
    </message>
    <message>
        <source>Sent automatically when the network is back.</source>
        <translation>네트워크 복구 후 자동 전송됩니다.</translation>
    </message>
    <message>
        <source>Sent records reach the school record once the school approves them in NEIS.</source>
        <translation>전송된 실적은 학교에서 나이스(NEIS)로 승인한 뒤 학교생활기록부에 반영됩니다.</translation>
    </message>
    <message>
        <source>&amp;Resend failed records</source>
        <translation>재전송(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1 %2건</translation>
    </message>
</context>
<context>
    <name>SessionGate</name>
    <message>
        <source>LinkDesk — sign in as another staff member</source>
        <translation>LinkDesk — 다른 담당자로 로그인</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>LinkDesk — sign in</source>
        <translation>LinkDesk — 로그인</translation>
    </message>
    <message>
        <source>Sign in with your own staff account. Accounts are never shared.</source>
        <translation>본인 담당자 계정으로 로그인하세요. 계정은 함께 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>아이디(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>새 비밀번호(&amp;N)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>새 비밀번호 확인(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>로그인(&amp;I)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>아이디와 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Stopped waiting (the database did not answer). Sign in again.</source>
        <translation>대기를 취소했습니다(데이터베이스가 응답하지 않았습니다). 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>두 새 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <source>Your password was reset. Choose a new password.</source>
        <translation>비밀번호가 초기화되었습니다. 새 비밀번호를 정하세요.</translation>
    </message>
</context>
<context>
    <name>SlipBar</name>
    <message>
        <source>Print the student&apos;s &amp;slip…</source>
        <translation>학생 안내문 인쇄(&amp;S)…</translation>
    </message>
    <message>
        <source>Slip as P&amp;DF…</source>
        <translation>안내문 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>비밀번호 초기화</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>담당자 계정</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>마지막 로그인</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>이전 → 이후</translation>
    </message>
    <message>
        <source>By</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Permission changes</source>
        <translation>권한 변경 기록</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Make &amp;administrator / counter staff</source>
        <translation>관리자 / 창구 담당자로 변경(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>사용 중지 / 사용(&amp;D)</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>비밀번호 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>창구 담당자</translation>
    </message>
    <message>
        <source>Centre administrator</source>
        <translation>센터 관리자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>계정 추가(&amp;A)</translation>
    </message>
    <message>
        <source>New account (one per staff member)</source>
        <translation>새 계정 (담당자마다 하나)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>먼저 계정을 선택하세요.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>대기 취소(&amp;W)</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>잠시 기다려 주세요…</translation>
    </message>
    <message>
        <source>Stopped waiting; nothing was changed. Try again when the partner answers.</source>
        <translation>대기를 취소했습니다. 바뀐 것은 없습니다. 연계 기관이 응답하면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Stopped waiting. What was already sent stays sent and is never sent twice (the outbox guards it); look again to see the current state.</source>
        <translation>기다리기를 취소했습니다. 이미 보낸 것은 전송된 그대로이며 두 번 전송되지 않습니다(전송 대기열이 막아 줍니다). 다시 조회하면 현재 상태를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>오류가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Resident number (identity check)</source>
        <translation>주민번호입력(실명인증)</translation>
    </message>
    <message>
        <source>Choose the school</source>
        <translation>소속학교 선택</translation>
    </message>
    <message>
        <source>Check student information</source>
        <translation>학생정보확인</translation>
    </message>
    <message>
        <source>Choose records</source>
        <translation>실적선택</translation>
    </message>
    <message>
        <source>Send records</source>
        <translation>실적전송</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Check the student information</source>
        <translation>학생정보 확인</translation>
    </message>
    <message>
        <source>NEIS confirms that the student attends the chosen school. Records can be sent only after this check succeeds.</source>
        <translation>나이스에서 선택한 학교에 재학 중인지 확인합니다. 확인에 성공해야 실적을 전송할 수 있습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>School</source>
        <translation>소속학교</translation>
    </message>
    <message>
        <source>Chec&amp;k the student information</source>
        <translation>학생정보 확인(&amp;K)</translation>
    </message>
    <message>
        <source>Choose the schoo&amp;l again</source>
        <translation>소속학교 다시 선택(&amp;L)</translation>
    </message>
    <message>
        <source>V&amp;erify identity again</source>
        <translation>다시 실명인증(&amp;E)</translation>
    </message>
    <message>
        <source>Information confirmed</source>
        <translation>정보확인 성공</translation>
    </message>
    <message>
        <source>grade %1, class %2</source>
        <translation>%1학년 %2반</translation>
    </message>
    <message>
        <source>Checking with NEIS…</source>
        <translation>나이스에서 학생정보를 확인하는 중…</translation>
    </message>
    <message>
        <source>School information does not match</source>
        <translation>학교정보 불일치</translation>
    </message>
    <message>
        <source>The identity check must be done again</source>
        <translation>실명인증을 다시 해야 합니다</translation>
    </message>
    <message>
        <source>The Ministry of Education&apos;s system is not available</source>
        <translation>교육부 시스템 오류</translation>
    </message>
    <message>
        <source>NEIS cannot check the student right now. Try again later; no record can be sent until the check succeeds.</source>
        <translation>지금은 나이스에서 학생정보를 확인할 수 없습니다. 잠시 후 다시 시도하세요. 확인에 성공하기 전에는 실적을 전송할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training mode — nothing is sent to the real institutions (training sandbox)</source>
        <translation>연습 모드 — 실제 기관에 전송되지 않습니다 (교육용 가상 서버)</translation>
    </message>
</context>
<context>
    <name>Vms1365Consent</name>
    <message>
        <source>1365 consent of %1</source>
        <translation>%1 회원의 1365 정보제공 동의</translation>
    </message>
    <message>
        <source>The member types the resident registration number for 실명인증 (it is not stored). Then show the consent text: the member agrees, or for a person under 14 the legal guardian. No school is needed.</source>
        <translation>회원이 실명인증을 위해 주민등록번호를 직접 입력합니다(저장되지 않습니다). 이어서 동의문을 보여 주고 본인이 동의하거나, 만 14세 미만은 법정대리인이 동의합니다. 학교 선택은 필요 없습니다.</translation>
    </message>
    <message>
        <source>Record the &amp;consent</source>
        <translation>동의 기록(&amp;C)</translation>
    </message>
    <message>
        <source>This person is 1365 ID %1, not %2: check the name and number.</source>
        <translation>이 사람은 1365 아이디 %1 회원이며 %2 회원이 아닙니다. 성명과 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>1365 already holds the consent.</source>
        <translation>1365에 이미 동의가 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Identity verified: %1. Show the consent text and record the consent.</source>
        <translation>실명인증 완료: %1. 동의문을 보여 주고 동의를 기록하세요.</translation>
    </message>
    <message>
        <source>Recording the 1365 consent…</source>
        <translation>1365 동의를 기록하는 중…</translation>
    </message>
</context>
<context>
    <name>VmsArea</name>
    <message>
        <source>1365 link results (VMS)</source>
        <translation>1365연계 결과조회 (VMS)</translation>
    </message>
    <message>
        <source>Record the 1365 consent (identity check)…</source>
        <translation>정보제공 동의 (실명인증)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>Go to 1365</source>
        <translation>1365바로가기</translation>
    </message>
    <message>
        <source>Looking up the VMS member…</source>
        <translation>VMS 회원을 조회하는 중…</translation>
    </message>
    <message>
        <source>Reading the 1365 link results from VMS…</source>
        <translation>1365연계 결과를 불러오는 중…</translation>
    </message>
    <message>
        <source>Sending the records to 1365…</source>
        <translation>봉사실적을 전송하는 중…</translation>
    </message>
    <message>
        <source>No VMS member found. Check the ID, or the name and birth date.</source>
        <translation>VMS 회원을 찾을 수 없습니다. 아이디 또는 이름과 생년월일을 확인하세요.</translation>
    </message>
    <message>
        <source>1365 shows them after %1.</source>
        <translation>1365 자원봉사포털에는 %1 이후에 표시됩니다.</translation>
    </message>
    <message>
        <source>VMS ID: %1 ⇔ 1365 ID: %2</source>
        <translation>VMS 아이디 : %1 ⇔ 1365 아이디 : %2</translation>
    </message>
    <message>
        <source>No consent to share records for linking in the 1365 portal: records sent now would not arrive. Record the consent first; it needs the identity check.</source>
        <translation>1365 자원봉사포털에 봉사실적 연계를 위한 정보제공 동의가 없어 전송해도 정상 전송되지 않습니다. 실명인증 후 정보제공 동의를 먼저 진행하세요.</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy년 MM월 dd일</translation>
    </message>
    <message>
        <source>You consented on %1 to information sharing with the 1365 portal for record linking.</source>
        <translation>회원님은 %1에 1365자원봉사포털에 실적연계를 위한 정보제공 동의를 하였습니다.</translation>
    </message>
    <message>
        <source>%1 records, %2 not sent</source>
        <translation>총 %1건 (미전송 %2건)</translation>
    </message>
    <message>
        <source>※ Listed below are the VMS records and their link to 1365; press Send all records to send the ones not sent yet.</source>
        <translation>※ 아래 자료는 VMS 봉사실적과 1365 연계정보이며, 미전송 자료는 [봉사실적 일괄전송] 버튼으로 전송하세요.</translation>
    </message>
    <message>
        <source>※ Without the VMS link consent in the 1365 portal, records are not transferred.</source>
        <translation>※ 1365 자원봉사포털에서 VMS 연계동의를 먼저 되어있지 않은 경우 정상 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>※ Records sent successfully appear in the 1365 portal 24 hours later.</source>
        <translation>※ 전송 성공 자료는 만 24시간 후 1365 자원봉사포털(www.1365.go.kr)에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>※ A bulk send is possible once per hour.</source>
        <translation>※ 봉사실적 전송은 1시간에 1회만 가능합니다.</translation>
    </message>
</context>
<context>
    <name>VmsRecordModel</name>
    <message>
        <source>Date</source>
        <translation>봉사일</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>순번</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>수요처</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동내역</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>봉사시간</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>연계구분</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>전송일시</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>연계결과</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>In 1365</source>
        <translation>1365 반영</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>봉사활동정보</translation>
    </message>
    <message>
        <source>Link information</source>
        <translation>연계정보</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>미전송</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>반영됨</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 이후</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Stopped waiting. Nothing was changed on this screen; try again when the partner answers.</source>
        <translation>기다리기를 취소했습니다. 이 화면에서 바뀐 것은 없습니다. 기관 시스템이 응답하면 다시 시도하세요.</translation>
    </message>
</context>
</TS>
