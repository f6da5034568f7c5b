<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
      <source>Still preparing; try again in a moment.</source>
      <translation>아직 준비 중입니다. 잠시 후 다시 누르세요.</translation>
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
      <source>The school's timetable was not available: the daily limit uses the defaults (school days %1 h, weekends and holidays %2 h).</source>
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
    <name>SendPage</name>
    <message>
      <source>Send records</source>
      <translation>실적전송</translation>
    </message>
    <message>
      <source>The school still has to approve the sent records in NEIS before the hours enter the school record. A rejected record (for example outside the school's volunteer plan) shows as rejected under Linked records.</source>
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
      <source>%1 records are waiting: NEIS could not be reached. They are sent automatically when it is back (see the waiting count in the status bar), or press Resend.</source>
      <translation>%1건이 전송 대기 중입니다: 나이스에 연결할 수 없었습니다. 연결되면 자동으로 전송되며(상태 표시줄의 전송 대기 건수), 재전송을 눌러 다시 보낼 수도 있습니다.</translation>
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
      <source>The Ministry of Education's system is not available</source>
      <translation>교육부 시스템 오류</translation>
    </message>
    <message>
      <source>NEIS cannot check the student right now. Try again later; no record can be sent until the check succeeds.</source>
      <translation>지금은 나이스에서 학생정보를 확인할 수 없습니다. 잠시 후 다시 시도하세요. 확인에 성공하기 전에는 실적을 전송할 수 없습니다.</translation>
    </message>
  </context>
</TS>
