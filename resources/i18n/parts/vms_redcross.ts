<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>ActivityModel</name>
        <message>
            <source>Select</source>
            <translation>선택</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>봉사일</translation>
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
            <source>Hours</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>연결</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>연결됨</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>미연결</translation>
        </message>
    </context>
    <context>
        <name>ConsentBox</name>
        <message>
            <source>Consent to the 1365 link</source>
            <translation>1365 연계 동의</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>Renew consent</source>
            <translation>재동의</translation>
        </message>
        <message>
            <source>After the first consent, Red Cross records flow to the 1365 portal automatically. The consent must be renewed every 2 years.</source>
            <translation>최초 1회 동의 후에는 자동으로 적십자 봉사실적이 1365 자원봉사포털로 연동됩니다. 2년마다 재동의가 필요합니다.</translation>
        </message>
        <message>
            <source>You consented to the 1365 link on %1.</source>
            <translation>%1에 1365 연계에 동의하셨습니다.</translation>
        </message>
        <message>
            <source>Expired on %1: renew the consent, or Red Cross records stop flowing to 1365.</source>
            <translation>%1에 동의 기간이 만료되었습니다. 재동의하지 않으면 적십자 봉사실적이 1365로 연동되지 않습니다.</translation>
        </message>
        <message>
            <source>Expires on %1 (in %2 days): renew it now.</source>
            <translation>%1에 만료됩니다(%2일 남음). 지금 재동의하세요.</translation>
        </message>
        <message>
            <source>Valid until %1.</source>
            <translation>%1까지 유효합니다.</translation>
        </message>
    </context>
    <context>
        <name>ExpiringTab</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>1365 ID</source>
            <translation>1365 아이디</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>회원번호</translation>
        </message>
        <message>
            <source>Expires at</source>
            <translation>만료일시</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>남은 일수</translation>
        </message>
        <message>
            <source>Members whose 1365 link consent expires within %1 days. Call them in to renew it.</source>
            <translation>1365 연계 동의가 %1일 안에 만료되는 회원입니다. 연락하여 재동의를 안내하세요.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로고침</translation>
        </message>
        <message>
            <source>Open member</source>
            <translation>회원 열기</translation>
        </message>
        <message>
            <source>Reading expiring consents…</source>
            <translation>만료 예정 동의를 불러오는 중…</translation>
        </message>
        <message>
            <source>The Red Cross could not be reached: the consents this counter saw last are shown.</source>
            <translation>대한적십자사에 연결할 수 없어 이 창구에서 마지막으로 확인한 동의 내역을 보여 줍니다.</translation>
        </message>
        <message>
            <source>No consent expires in this period.</source>
            <translation>이 기간에 만료되는 동의가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>MemberSearchBar</name>
        <message>
            <source>VMS ID</source>
            <translation>VMS 아이디</translation>
        </message>
        <message>
            <source>1365 ID</source>
            <translation>1365 아이디</translation>
        </message>
        <message>
            <source>Name + birth date</source>
            <translation>이름 + 생년월일</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>조회</translation>
        </message>
        <message>
            <source>Search by</source>
            <translation>검색 기준</translation>
        </message>
        <message>
            <source>Enter what to search for.</source>
            <translation>검색할 아이디 또는 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the birth date as YYYY-MM-DD (as in the resident register).</source>
            <translation>생년월일을 YYYY-MM-DD 형식으로 입력하세요(주민등록등본상 날짜).</translation>
        </message>
        <message>
            <source>e.g. haneul85</source>
            <translation>예: haneul85</translation>
        </message>
        <message>
            <source>e.g. V-2001</source>
            <translation>예: V-2001</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
    </context>
    <context>
        <name>MemberTab</name>
        <message>
            <source>My volunteering</source>
            <translation>나의 봉사</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>회원</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>소속</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>활동</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>가입일자</translation>
        </message>
        <message>
            <source>Link Red Cross activities</source>
            <translation>적십자 활동 연결</translation>
        </message>
        <message>
            <source>Check the Red Cross activities below, then press Link to connect them.</source>
            <translation>하단의 나의 적십자 활동 내역을 확인(선택)하신 후 연결하기 버튼을 통해 활동정보를 연결해 주세요.</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>연결하기</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>전체 선택</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>선택 해제</translation>
        </message>
        <message>
            <source>1365 link consent</source>
            <translation>1365 연계 동의</translation>
        </message>
        <message>
            <source>Looking up the Red Cross member…</source>
            <translation>적십자 회원을 조회하는 중…</translation>
        </message>
        <message>
            <source>Reading My volunteering…</source>
            <translation>나의 봉사를 불러오는 중…</translation>
        </message>
        <message>
            <source>Linking the activities…</source>
            <translation>활동을 연결하는 중…</translation>
        </message>
        <message>
            <source>Saving the 1365 link consent…</source>
            <translation>1365 연계 동의를 저장하는 중…</translation>
        </message>
        <message>
            <source>Several members found: choose one.</source>
            <translation>회원이 여러 명 조회되었습니다. 한 명을 선택하세요.</translation>
        </message>
        <message>
            <source>%1 (member no. %2 · 1365 ID %3)</source>
            <translation>%1 (회원번호 %2 · 1365 아이디 %3)</translation>
        </message>
    </context>
    <context>
        <name>ProblemBox</name>
        <message>
            <source>How to resolve: %1</source>
            <translation>해결 방법: %1</translation>
        </message>
    </context>
    <context>
        <name>RcyTab</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>지역</translation>
        </message>
        <message>
            <source>School</source>
            <translation>학교</translation>
        </message>
        <message>
            <source>Joined (year)</source>
            <translation>가입년도</translation>
        </message>
        <message>
            <source>Name (initial consonants work)</source>
            <translation>이름 (초성 검색 가능)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>조회</translation>
        </message>
        <message>
            <source>RCY (youth Red Cross) members: for them use My RCY on the Red Cross site.</source>
            <translation>RCY(청소년적십자) 단원입니다. RCY 단원은 적십자사 홈페이지의 나의 RCY 메뉴를 이용해 주세요.</translation>
        </message>
        <message>
            <source>Reading RCY members…</source>
            <translation>RCY 단원을 불러오는 중…</translation>
        </message>
        <message>
            <source>No RCY member found.</source>
            <translation>조회된 RCY 단원이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RedCrossArea</name>
        <message>
            <source>Korean Red Cross → 1365</source>
            <translation>대한적십자사 → 1365 연계</translation>
        </message>
        <message>
            <source>Member · My volunteering</source>
            <translation>회원 조회 · 나의 봉사</translation>
        </message>
        <message>
            <source>Consents expiring in 30 days</source>
            <translation>30일 내 동의 만료 예정</translation>
        </message>
        <message>
            <source>RCY</source>
            <translation>RCY</translation>
        </message>
    </context>
    <context>
        <name>SendButton</name>
        <message>
            <source>Send all records to 1365</source>
            <translation>봉사실적 일괄전송</translation>
        </message>
        <message>
            <source>%1 — allowed after %2 (%3)</source>
            <translation>%1 — %2 이후 가능 (%3)</translation>
        </message>
        <message>
            <source>VMS allows one bulk send per interval. Next send: %1</source>
            <translation>봉사실적 전송은 1시간에 1회만 가능합니다. 다음 전송 가능 시각: %1</translation>
        </message>
    </context>
    <context>
        <name>VmsArea</name>
        <message>
            <source>1365 link results (VMS)</source>
            <translation>1365연계 결과조회 (VMS)</translation>
        </message>
        <message>
            <source>Record the 1365 consent (identity check)…</source>
            <translation>정보제공 동의 (실명인증)…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로고침</translation>
        </message>
        <message>
            <source>Go to 1365</source>
            <translation>1365바로가기</translation>
        </message>
        <message>
            <source>Looking up the VMS member…</source>
            <translation>VMS 회원을 조회하는 중…</translation>
        </message>
        <message>
            <source>Reading the 1365 link results from VMS…</source>
            <translation>1365연계 결과를 불러오는 중…</translation>
        </message>
        <message>
            <source>Sending the records to 1365…</source>
            <translation>봉사실적을 전송하는 중…</translation>
        </message>
        <message>
            <source>No VMS member found. Check the ID, or the name and birth date.</source>
            <translation>VMS 회원을 찾을 수 없습니다. 아이디 또는 이름과 생년월일을 확인하세요.</translation>
        </message>
        <message>
            <source>1365 shows them after %1.</source>
            <translation>1365 자원봉사포털에는 %1 이후에 표시됩니다.</translation>
        </message>
        <message>
            <source>VMS ID: %1 ⇔ 1365 ID: %2</source>
            <translation>VMS 아이디 : %1 ⇔ 1365 아이디 : %2</translation>
        </message>
        <message>
            <source>No consent to share records for linking in the 1365 portal: records sent now would not arrive. Record the consent first; it needs the identity check.</source>
            <translation>1365 자원봉사포털에 봉사실적 연계를 위한 정보제공 동의가 없어 전송해도 정상 전송되지 않습니다. 실명인증 후 정보제공 동의를 먼저 진행하세요.</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy년 MM월 dd일</translation>
        </message>
        <message>
            <source>You consented on %1 to information sharing with the 1365 portal for record linking.</source>
            <translation>회원님은 %1에 1365자원봉사포털에 실적연계를 위한 정보제공 동의를 하였습니다.</translation>
        </message>
        <message>
            <source>%1 records, %2 not sent</source>
            <translation>총 %1건 (미전송 %2건)</translation>
        </message>
        <message>
            <source>※ Listed below are the VMS records and their link to 1365; press Send all records to send the ones not sent yet.</source>
            <translation>※ 아래 자료는 VMS 봉사실적과 1365 연계정보이며, 미전송 자료는 [봉사실적 일괄전송] 버튼으로 전송하세요.</translation>
        </message>
        <message>
            <source>※ Without the VMS link consent in the 1365 portal, records are not transferred.</source>
            <translation>※ 1365 자원봉사포털에서 VMS 연계동의를 먼저 되어있지 않은 경우 정상 전송되지 않습니다.</translation>
        </message>
        <message>
            <source>※ Records sent successfully appear in the 1365 portal 24 hours later.</source>
            <translation>※ 전송 성공 자료는 만 24시간 후 1365 자원봉사포털(www.1365.go.kr)에서 확인할 수 있습니다.</translation>
        </message>
        <message>
            <source>※ A bulk send is possible once per hour.</source>
            <translation>※ 봉사실적 전송은 1시간에 1회만 가능합니다.</translation>
        </message>
    </context>
    <context>
        <name>VmsRecordModel</name>
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
            <source>Link type</source>
            <translation>연계구분</translation>
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
            <source>Resend</source>
            <translation>재전송</translation>
        </message>
        <message>
            <source>In 1365</source>
            <translation>1365 반영</translation>
        </message>
        <message>
            <source>Volunteer activity</source>
            <translation>봉사활동정보</translation>
        </message>
        <message>
            <source>Link information</source>
            <translation>연계정보</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>미전송</translation>
        </message>
        <message>
            <source>Visible</source>
            <translation>반영됨</translation>
        </message>
        <message>
            <source>after %1</source>
            <translation>%1 이후</translation>
        </message>
    </context>
</TS>
