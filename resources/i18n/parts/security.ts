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
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>LinkDesk — create the administrator</source>
        <translation>LinkDesk — 관리자 계정 만들기</translation>
    </message>
    <message>
        <source>This is the first start of LinkDesk here. Create the account of the centre's administrator; the administrator then adds one account for each staff member.</source>
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
        <source>The two new passwords differ.</source>
        <translation>두 새 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <source>Your password was reset. Choose a new password.</source>
        <translation>비밀번호가 초기화되었습니다. 새 비밀번호를 정하세요.</translation>
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
</TS>
