<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Areas</name>
    <message>
        <source>Class visit</source>
        <translation>학급 단위 연계</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>반려 실적</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Class visit</source>
        <translation>학급 단위 연계(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ClassRoster</name>
    <message>
        <source>Not yet come</source>
        <translation>미방문</translation>
    </message>
    <message>
        <source>Done, %1 h</source>
        <translation>완료 %1시간</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>보낼 실적 없음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason / what is left to do</source>
        <translation>사유 · 남은 일</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>학급 명단</translation>
    </message>
</context>
<context>
    <name>ClassVisitOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>Saved as PDF (%1 pages): %2</source>
        <translation>PDF로 저장했습니다(%1쪽): %2</translation>
    </message>
</context>
<context>
    <name>ClassVisitPanel</name>
    <message>
        <source>Name (as on the ID card)</source>
        <translation>성명(신분증과 같게)</translation>
    </message>
    <message>
        <source>Send and next student</source>
        <translation>전송하고 다음 학생</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>실명인증·학생정보확인(&amp;C)</translation>
    </message>
    <message>
        <source>The student c&amp;onsents now (F6)</source>
        <translation>학생이 지금 동의(&amp;O) (F6)</translation>
    </message>
    <message>
        <source>S&amp;kip this student</source>
        <translation>이 학생 건너뛰기(&amp;K)</translation>
    </message>
    <message>
        <source>Print the last &amp;slip…</source>
        <translation>마지막 학생 안내문 인쇄(&amp;S)…</translation>
    </message>
    <message>
        <source>Slip as P&amp;DF…</source>
        <translation>안내문 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Teacher's sheet…</source>
        <translation>담임용 결과표(&amp;T)…</translation>
    </message>
    <message>
        <source>Teacher's sheet as PD&amp;F…</source>
        <translation>결과표 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;End the visit</source>
        <translation>학급 연계 마치기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>성명(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Resident registration number</source>
        <translation>주민등록번호(&amp;R)</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>보안문자(&amp;Y)</translation>
    </message>
    <message>
        <source>Class visit: %1</source>
        <translation>학급 단위 연계: %1</translation>
    </message>
    <message>
        <source>Done %1 · nothing to send %2 · failed %3 · not yet come %4 · skipped %5 · %6 h sent</source>
        <translation>완료 %1 · 보낼 실적 없음 %2 · 실패 %3 · 미방문 %4 · 건너뜀 %5 · 전송 %6시간</translation>
    </message>
    <message>
        <source>At the counter: no. %1 %2</source>
        <translation>지금 학생: %1번 %2</translation>
    </message>
    <message>
        <source>At the counter: a student not on the list (type the name)</source>
        <translation>지금 학생: 명단에 없는 학생(성명을 입력하세요)</translation>
    </message>
    <message>
        <source>Type the name, the 13 digits and the security code.</source>
        <translation>성명, 주민등록번호 13자리, 보안문자를 입력하세요.</translation>
    </message>
    <message>
        <source>Nothing can be sent for this student. Enter records the reason and moves on.</source>
        <translation>이 학생은 실적을 전송할 수 없습니다. Enter를 누르면 사유를 기록하고 다음 학생으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>If the student (14 or over) agrees to share the records now, press F6.</source>
        <translation>학생(만 14세 이상)이 지금 정보제공에 동의하면 F6을 누르세요.</translation>
    </message>
    <message>
        <source>%1 records selected, %2 h NEIS will recognise. Enter sends them.</source>
        <translation>연계 대상 %1건 선택, 나이스 인정 %2시간. Enter를 누르면 전송합니다.</translation>
    </message>
    <message>
        <source>Nothing to send. Enter records that and moves on.</source>
        <translation>보낼 실적이 없습니다. Enter를 누르면 기록하고 다음 학생으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>No. %1 %2: %3. Ctrl+P prints the student's slip.</source>
        <translation>%1번 %2: %3. Ctrl+P로 학생 안내문을 인쇄합니다.</translation>
    </message>
    <message>
        <source>Record and next student</source>
        <translation>기록하고 다음 학생</translation>
    </message>
</context>
<context>
    <name>ClassVisitSetup</name>
    <message>
        <source>Load the class list</source>
        <translation>학급 명단 불러오기</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>학급 명단 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Class visit: pick the school once, then the students come one after another.</source>
        <translation>학급 단위 연계: 학교를 한 번만 고르면 학생들이 차례로 연계합니다.</translation>
    </message>
    <message>
        <source>No school chosen</source>
        <translation>학교를 고르지 않았습니다</translation>
    </message>
    <message>
        <source>&amp;Search schools…</source>
        <translation>학교검색(&amp;S)…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Optional: the teacher's class list, one student a line: number, name (e.g. 1,김민서). Never resident registration numbers.</source>
        <translation>선택: 담임 선생님의 학급 명단, 한 줄에 한 학생씩 번호,이름 (예: 1,김민서). 주민등록번호는 넣지 마세요.</translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation>파일에서 불러오기(&amp;F)…</translation>
    </message>
    <message>
        <source>S&amp;tart the class visit</source>
        <translation>학급 연계 시작(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unfinished visits (Enter resumes where it stopped):</source>
        <translation>마치지 않은 학급 연계(&amp;U) (Enter: 멈춘 곳부터 이어서):</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>&amp;Grade / class</source>
        <translation>학년 / 반(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;lass list</source>
        <translation>학급 명단(&amp;L)</translation>
    </message>
    <message>
        <source>This list is refused: it holds a resident registration number. Remove it; nothing of this list is kept.</source>
        <translation>이 명단은 사용할 수 없습니다: 주민등록번호가 들어 있습니다. 지우고 다시 넣으세요. 이 명단은 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 students read; %2 lines need a look (they are left out).</source>
        <translation>학생 %1명을 읽었습니다. 확인이 필요한 줄 %2개는 빼고 씁니다.</translation>
    </message>
    <message>
        <source>No list: students are added as they come.</source>
        <translation>명단 없음: 학생이 올 때마다 추가됩니다.</translation>
    </message>
    <message>
        <source>%1 · started %2 · %3 students, %4 not yet come</source>
        <translation>%1 · %2 시작 · %3명 중 미방문 %4명</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>School name or code</source>
        <translation>학교명 또는 학교코드</translation>
    </message>
    <message>
        <source>Rejected &amp;between</source>
        <translation>반려 기간(&amp;B)</translation>
    </message>
    <message>
        <source>Words in the reason</source>
        <translation>반려 사유에 있는 말</translation>
    </message>
    <message>
        <source>Show &amp;handled</source>
        <translation>처리한 것도 보기(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>조회(&amp;L)</translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation>반려 확인일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>봉사활동</translation>
    </message>
    <message>
        <source>School's reason</source>
        <translation>학교의 반려 사유</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Note (what was done, e.g. the teacher was told)</source>
        <translation>메모 (처리 내용, 예: 담임 선생님께 안내함)</translation>
    </message>
    <message>
        <source>&amp;Mark handled</source>
        <translation>처리 완료(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>처리 취소(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>학교(&amp;S)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>사유(&amp;E)</translation>
    </message>
    <message>
        <source>Records a school rejected: the school's reason and what the student can do.</source>
        <translation>학교가 반려한 실적: 학교의 반려 사유와 학생이 할 일.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 %2 처리</translation>
    </message>
    <message>
        <source>%1 rejected records.</source>
        <translation>반려 실적 %1건.</translation>
    </message>
</context>
<context>
    <name>SlipBar</name>
    <message>
        <source>Print the student's &amp;slip…</source>
        <translation>학생 안내문 인쇄(&amp;S)…</translation>
    </message>
    <message>
        <source>Slip as P&amp;DF…</source>
        <translation>안내문 PDF(&amp;D)…</translation>
    </message>
</context>
</TS>
