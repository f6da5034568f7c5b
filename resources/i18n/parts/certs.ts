<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CentreSetup</name>
    <message>
        <source>Choose the seal image</source>
        <translation>직인 이미지 선택</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Centre details for certificates</source>
        <translation>확인서에 인쇄할 센터 정보</translation>
    </message>
    <message>
        <source>Empty: the signed-in staff member</source>
        <translation>비워 두면 로그인한 직원</translation>
    </message>
    <message>
        <source>Choose the &amp;seal image (PNG)…</source>
        <translation>직인 이미지 선택(&amp;S)…</translation>
    </message>
    <message>
        <source>Certificates print these details. A real installation does not print the training centre's name, phone or seal: enter your centre's before the first certificate.</source>
        <translation>확인서에는 이 정보가 인쇄됩니다. 실제 운영 중인 설치에서는 연습용 센터의 이름·전화번호·직인을 인쇄하지 않습니다. 첫 확인서를 발급하기 전에 센터 정보를 입력하세요.</translation>
    </message>
    <message>
        <source>Certificates print these details; they apply to certificates issued from now on.</source>
        <translation>확인서에는 이 정보가 인쇄됩니다. 지금부터 발급하는 확인서에 적용됩니다.</translation>
    </message>
    <message>
        <source>Centre &amp;name</source>
        <translation>센터 이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirmer (확인자)</source>
        <translation>확인자(&amp;C)</translation>
    </message>
    <message>
        <source>Seal (직인)</source>
        <translation>직인</translation>
    </message>
    <message>
        <source>PNG, up to 1 MB, 64 to 2048 pixels, about square.</source>
        <translation>PNG 파일, 1 MB 이하, 가로·세로 64~2048 픽셀, 정사각형에 가까운 이미지.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>(기본 직인)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
</context>
<context>
    <name>CertificateIssueForm</name>
    <message>
        <source>Look up in &amp;1365 (실명인증)…</source>
        <translation>1365에서 찾기(실명인증)(&amp;1)…</translation>
    </message>
    <message>
        <source>A visitor not yet on this PC: verify their identity and load their 1365 records</source>
        <translation>이 PC에 없는 방문자: 실명인증 후 1365 실적을 불러옵니다</translation>
    </message>
    <message>
        <source>Pre&amp;view before issuing</source>
        <translation>발급 전 미리보기(&amp;V)</translation>
    </message>
    <message>
        <source>Look at the preview first: it takes no number.</source>
        <translation>먼저 미리보기를 확인하세요. 미리보기는 발급번호를 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>%1: identity verified, %2 records loaded from 1365.</source>
        <translation>%1: 실명인증 완료, 1365에서 실적 %2건을 불러왔습니다.</translation>
    </message>
    <message>
        <source>%1: identity verified; 1365 could not be reached, the records last seen on this PC are shown (%2).</source>
        <translation>%1: 실명인증 완료. 1365에 연결할 수 없어 이 PC에 마지막으로 저장된 실적(%2건)을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>미리보기를 만드는 중…</translation>
    </message>
    <message>
        <source>Preview shown (no number taken). Issue the certificate when it is right.</source>
        <translation>미리보기를 표시했습니다(발급번호 사용 안 함). 내용이 맞으면 확인서를 발급하세요.</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>진위확인 코드: %1</translation>
    </message>
</context>
<context>
    <name>CertificateVerifyDialog</name>
    <message>
        <source>Typing error</source>
        <translation>입력 오류</translation>
    </message>
    <message>
        <source>Replaced by a reissue</source>
        <translation>재발급으로 대체됨</translation>
    </message>
    <message>
        <source>Type the code printed next to the QR code (e.g. 2026-0000123-K7QM-X3PA9), or the number alone</source>
        <translation>QR 코드 옆에 인쇄된 코드(예: 2026-0000123-K7QM-X3PA9) 또는 발급번호만 입력하세요</translation>
    </message>
</context>
<context>
    <name>CertificateWalkIn</name>
    <message>
        <source>Look a volunteer up in 1365</source>
        <translation>1365에서 봉사자 찾기</translation>
    </message>
    <message>
        <source>&amp;Verify identity (실명인증)</source>
        <translation>실명인증(&amp;V)</translation>
    </message>
    <message>
        <source>The volunteer types the resident registration number. It is not stored: it is used once for 실명인증, then the volunteer's 1365 records are loaded for the certificate.</source>
        <translation>봉사자가 주민등록번호를 직접 입력합니다. 번호는 저장되지 않고 실명인증에 한 번만 쓰이며, 이어서 확인서에 쓸 1365 실적을 불러옵니다.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>성명(&amp;N)</translation>
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
        <source>Enter the name.</source>
        <translation>성명을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter all 13 digits of the resident registration number.</source>
        <translation>주민등록번호 13자리를 모두 입력하세요.</translation>
    </message>
    <message>
        <source>Verifying identity and loading 1365 records…</source>
        <translation>실명인증 후 1365 실적을 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>CertificatesArea</name>
    <message>
        <source>Centre details…</source>
        <translation>센터 정보…</translation>
    </message>
    <message>
        <source>Set the centre's details (name, address, phone, 확인자, seal) before issuing: this installation does not print the training centre's.</source>
        <translation>발급하기 전에 센터 정보(이름, 주소, 전화번호, 확인자, 직인)를 설정하세요. 이 설치에서는 연습용 센터 정보를 인쇄하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>The member confirms</source>
        <translation>본인이 확인</translation>
    </message>
    <message>
        <source>The legal guardian confirms (under 14)</source>
        <translation>법정대리인이 확인 (만 14세 미만)</translation>
    </message>
    <message>
        <source>I have checked the legal guardian's ID card</source>
        <translation>법정대리인 신분증을 확인했습니다</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>법정대리인 성명</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
</context>
<context>
    <name>Vms1365Consent</name>
    <message>
        <source>The member types the resident registration number for 실명인증 (it is not stored). Then show the consent text: the member agrees, or for a person under 14 the legal guardian. No school is needed.</source>
        <translation>회원이 실명인증을 위해 주민등록번호를 직접 입력합니다(저장되지 않습니다). 이어서 동의문을 보여 주고 본인이 동의하거나, 만 14세 미만은 법정대리인이 동의합니다. 학교 선택은 필요 없습니다.</translation>
    </message>
    <message>
        <source>1365 consent of %1</source>
        <translation>%1 회원의 1365 정보제공 동의</translation>
    </message>
    <message>
        <source>Record the &amp;consent</source>
        <translation>동의 기록(&amp;C)</translation>
    </message>
    <message>
        <source>This person is 1365 ID %1, not %2: check the name and number.</source>
        <translation>이 사람은 1365 아이디 %1 회원이며 %2 회원이 아닙니다. 성명과 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>1365 already holds the consent.</source>
        <translation>1365에 이미 동의가 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Identity verified: %1. Show the consent text and record the consent.</source>
        <translation>실명인증 완료: %1. 동의문을 보여 주고 동의를 기록하세요.</translation>
    </message>
    <message>
        <source>Recording the 1365 consent…</source>
        <translation>1365 동의를 기록하는 중…</translation>
    </message>
</context>
</TS>
