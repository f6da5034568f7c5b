<?xml version="1.0" encoding="utf-8"?>
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
</TS>
