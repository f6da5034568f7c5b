<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>Areas</name>
    <message>
      <source>Dashboard</source>
      <translation>현황</translation>
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
</TS>
