<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
    <name>StatusStrip</name>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>잠시 기다려 주세요…</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>오류가 발생했습니다.</translation>
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
