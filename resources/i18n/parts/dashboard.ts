<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>Areas</name>
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
      <source>School's reason</source>
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
      <translation>반영하면 '%1'(으)로 바뀝니다</translation>
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
      <source>%1 records now show the partner's state.</source>
      <translation>%1건을 연계기관의 상태로 반영했습니다.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Class visit&lt;/b&gt;: choose the school (and class) once and load the teacher's class list; then each student types the resident number and the security characters, the records that can be sent are ticked, and one key sends and calls the next student. The visit resumes after a restart; the teacher's sheet lists who is done.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;학급 단위 연계&lt;/b&gt;: 학교(와 학급)를 한 번 고르고 담임 선생님의 학급 명단을 불러옵니다. 학생마다 주민등록번호와 보안문자를 입력하면 연계 대상 실적이 선택되고, 키 하나로 전송한 뒤 다음 학생으로 넘어갑니다. 프로그램을 다시 시작해도 이어서 진행하며, 담임 확인용 명단에 누가 끝났는지 나옵니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Rejected records&lt;/b&gt;: records a school rejected, with its reason and what to do (correct the record at the organisation in 1365 and send again, or ask the school); mark each one handled.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;반려 실적&lt;/b&gt;: 학교가 반려한 실적과 그 사유, 해결 방법(1365에서 수요처가 실적을 고친 뒤 다시 전송하거나 학교에 문의)을 보여 줍니다. 처리한 건은 처리 완료로 표시합니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Dashboard&lt;/b&gt;: records and hours linked per day, week or month and per partner, students served, waiting, failed and rejected sends with their reasons, certificates and expiring consents, as a chart and as a table; save the month's report as CSV or PDF with its purpose.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;현황&lt;/b&gt;: 일·주·월별, 연계처별 연계 실적과 시간, 학생 수, 전송 대기·실패·반려 건수와 사유, 확인서 발급, 만료 예정 동의를 차트와 표로 보여 줍니다. 월간 실적 보고를 목적과 함께 CSV나 PDF로 저장합니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Drift check&lt;/b&gt;: compares what this PC recorded as sent with what NEIS, VMS and the Red Cross hold now. Nothing changes until you tick differences and apply them.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;연계 점검&lt;/b&gt;: 이 PC가 전송했다고 기록한 내용과 나이스·VMS·대한적십자사가 지금 가진 내용을 비교합니다. 차이를 골라 반영하기 전에는 아무것도 바뀌지 않습니다.&lt;/p&gt;</translation>
    </message>
  </context>
</TS>
