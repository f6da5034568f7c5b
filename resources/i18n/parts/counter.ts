<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <name>StatusStrip</name>
    <message>
      <source>Stop &amp;waiting</source>
      <translation>대기 취소(&amp;W)</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1초</translation>
    </message>
    <message>
      <source>Stopped waiting. What was already sent stays sent and is never sent twice (the outbox guards it); look again to see the current state.</source>
      <translation>기다리기를 취소했습니다. 이미 보낸 것은 전송된 그대로이며 두 번 전송되지 않습니다(전송 대기열이 막아 줍니다). 다시 조회하면 현재 상태를 볼 수 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>WizardPage</name>
    <message>
      <source>Stopped waiting. Nothing was changed on this screen; try again when the partner answers.</source>
      <translation>기다리기를 취소했습니다. 이 화면에서 바뀐 것은 없습니다. 기관 시스템이 응답하면 다시 시도하세요.</translation>
    </message>
  </context>
  <context>
    <name>SendPage</name>
    <message>
      <source>Stopped waiting for NEIS. The records were already handed to the outbox, so none is lost or sent twice: those NEIS accepted show here as sent when it answers, the others are sent automatically (see Waiting to send).</source>
      <translation>NEIS 응답 기다리기를 취소했습니다. 실적은 이미 전송 대기열에 넘겨졌으므로 사라지거나 두 번 전송되지 않습니다. NEIS가 받은 실적은 응답이 오면 여기에 전송완료로 표시되고, 나머지는 자동으로 전송됩니다(전송 대기 화면 참고).</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&lt;p&gt;Keyboard: &lt;b&gt;Ctrl+N&lt;/b&gt; new linking, &lt;b&gt;Tab&lt;/b&gt; next field, &lt;b&gt;Enter&lt;/b&gt; next step, &lt;b&gt;Esc&lt;/b&gt; leave the linking, &lt;b&gt;F1&lt;/b&gt; this help, &lt;b&gt;Ctrl+L&lt;/b&gt; lock the counter, &lt;b&gt;Ctrl+Q&lt;/b&gt; quit. A wait over a second can be stopped with Stop waiting.&lt;/p&gt;&lt;p&gt;In training mode nothing is sent to the real institutions.&lt;/p&gt;</source>
      <translation>&lt;p&gt;키보드: &lt;b&gt;Ctrl+N&lt;/b&gt; 새 실적연계, &lt;b&gt;Tab&lt;/b&gt; 다음 입력칸, &lt;b&gt;Enter&lt;/b&gt; 다음 단계, &lt;b&gt;Esc&lt;/b&gt; 실적연계 닫기, &lt;b&gt;F1&lt;/b&gt; 도움말, &lt;b&gt;Ctrl+L&lt;/b&gt; 지금 잠금, &lt;b&gt;Ctrl+Q&lt;/b&gt; 종료. 1초 넘게 기다리는 작업은 대기 취소로 멈출 수 있습니다.&lt;/p&gt;&lt;p&gt;연습 모드에서는 실제 기관에 아무것도 전송되지 않습니다.&lt;/p&gt;</translation>
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
      <source>&lt;p&gt;&lt;b&gt;Red Cross → 1365&lt;/b&gt;: look up the member's Red Cross volunteering, record the 1365 linking consent and link the records; a list shows the consents about to expire.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;적십자 실적연계&lt;/b&gt;: 회원의 적십자 나의 봉사를 조회하고, 1365 연계 동의를 기록한 뒤 실적을 연계합니다. 만료 예정인 동의는 목록으로 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Waiting to send&lt;/b&gt; (review): every record a partner has not accepted yet, filtered by status, partner, school, volunteer and period. Resend, cancel or export; the count in the status bar is this list's total.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;전송 대기&lt;/b&gt;(검토): 아직 기관이 받지 않은 모든 실적을 상태, 기관, 학교, 봉사자, 기간으로 골라 봅니다. 재전송, 전송 취소, 내보내기를 할 수 있으며, 상태 표시줄의 전송 대기 건수는 이 목록의 전체 건수입니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Certificates&lt;/b&gt;: issue a volunteer record certificate, reissue or void one, and verify the number a school asks about.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;실적 확인서&lt;/b&gt;: 자원봉사 실적 확인서를 발급하고, 재발급하거나 무효로 하며, 학교가 문의한 발급번호를 확인합니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Staff accounts&lt;/b&gt; (administrators, File menu): one account per person, the role, unlocking and password resets. Wrong passwords lock an account; the sign-in says how many tries are left.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;직원 계정&lt;/b&gt;(관리자, 파일 메뉴): 한 사람에 한 계정, 권한, 잠금 해제와 비밀번호 초기화. 비밀번호를 여러 번 틀리면 계정이 잠기며, 로그인 창이 남은 횟수를 알려 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Access log&lt;/b&gt; (administrators): who viewed, entered, changed, deleted, printed or downloaded whose data and when; check the chain is intact, see a month's summary and record the monthly review.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;접속기록&lt;/b&gt;(관리자): 누가 언제 누구의 정보를 조회·입력·변경·삭제·출력·다운로드했는지 봅니다. 기록이 위·변조되지 않았는지 확인하고, 월별 요약을 보고 월간 점검을 기록합니다.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>AccessLogModel</name>
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
    <name>AccessLogArea</name>
    <message>
      <source>Stopped waiting; nothing was changed.</source>
      <translation>기다리기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
  </context>
</TS>