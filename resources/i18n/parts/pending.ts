<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
</TS>
