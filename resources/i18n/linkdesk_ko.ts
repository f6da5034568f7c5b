<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;NEIS record linking&lt;/b&gt;: resident number (identity check) ➤ choose the school ➤ check the student information ➤ choose records ➤ send records.&lt;/p&gt;&lt;p&gt;Keyboard: &lt;b&gt;Ctrl+N&lt;/b&gt; new linking, &lt;b&gt;Tab&lt;/b&gt; next field, &lt;b&gt;Enter&lt;/b&gt; next step, &lt;b&gt;F1&lt;/b&gt; this help, &lt;b&gt;Ctrl+Q&lt;/b&gt; quit.&lt;/p&gt;&lt;p&gt;In training mode nothing is sent to the real institutions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NEIS 실적연계&lt;/b&gt;: 주민번호입력(실명인증) ➤ 소속학교 선택 ➤ 학생정보확인 ➤ 실적선택 ➤ 실적전송&lt;/p&gt;&lt;p&gt;키보드: &lt;b&gt;Ctrl+N&lt;/b&gt; 새 실적연계, &lt;b&gt;Tab&lt;/b&gt; 다음 입력칸, &lt;b&gt;Enter&lt;/b&gt; 다음 단계, &lt;b&gt;F1&lt;/b&gt; 도움말, &lt;b&gt;Ctrl+Q&lt;/b&gt; 종료&lt;/p&gt;&lt;p&gt;연습 모드에서는 실제 기관에 아무것도 전송되지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LinkDesk</source>
        <translation>LinkDesk 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;LinkDesk %1&lt;/b&gt;&lt;br&gt;Volunteer record linking for volunteer centre counters (1365, NEIS, VMS, Red Cross).&lt;/p&gt;&lt;p&gt;Font: Nanum Gothic (SIL Open Font License). Qt for Python (LGPL).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LinkDesk %1&lt;/b&gt;&lt;br&gt;자원봉사센터 창구용 봉사실적 연계 프로그램 (1365, NEIS, VMS, 대한적십자사)&lt;/p&gt;&lt;p&gt;글꼴: 나눔고딕 (SIL Open Font License). Qt for Python (LGPL).&lt;/p&gt;</translation>
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
    <message numerus="yes">
        <source>Waiting to send: %n</source>
        <translation>
            <numerusform>전송 대기 %n건</numerusform>
        </translation>
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
    <name>TrainingBanner</name>
    <message>
        <source>Training mode — nothing is sent to the real institutions (training sandbox)</source>
        <translation>연습 모드 — 실제 기관에 전송되지 않습니다 (교육용 가상 서버)</translation>
    </message>
</context>
</TS>
