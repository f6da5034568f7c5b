<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
    <name>Desk</name>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>지금 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>직원 관리(&amp;S)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NEIS record linking&lt;/b&gt;: resident number (identity check) ➤ choose the school ➤ check the student information ➤ choose records ➤ send records.&lt;/p&gt;&lt;p&gt;Keyboard: &lt;b&gt;Ctrl+N&lt;/b&gt; new linking, &lt;b&gt;Tab&lt;/b&gt; next field, &lt;b&gt;Enter&lt;/b&gt; next step, &lt;b&gt;F1&lt;/b&gt; this help, &lt;b&gt;Ctrl+L&lt;/b&gt; lock the counter, &lt;b&gt;Ctrl+Q&lt;/b&gt; quit.&lt;/p&gt;&lt;p&gt;In training mode nothing is sent to the real institutions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NEIS 실적연계&lt;/b&gt;: 주민번호입력(실명인증) ➤ 소속학교 선택 ➤ 학생정보확인 ➤ 실적선택 ➤ 실적전송&lt;/p&gt;&lt;p&gt;키보드: &lt;b&gt;Ctrl+N&lt;/b&gt; 새 실적연계, &lt;b&gt;Tab&lt;/b&gt; 다음 입력칸, &lt;b&gt;Enter&lt;/b&gt; 다음 단계, &lt;b&gt;F1&lt;/b&gt; 도움말, &lt;b&gt;Ctrl+L&lt;/b&gt; 지금 잠금, &lt;b&gt;Ctrl+Q&lt;/b&gt; 종료&lt;/p&gt;&lt;p&gt;연습 모드에서는 실제 기관에 아무것도 전송되지 않습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionGate</name>
    <message>
        <source>LinkDesk — sign in as another staff member</source>
        <translation>LinkDesk — 다른 담당자로 로그인</translation>
    </message>
</context>
</TS>
