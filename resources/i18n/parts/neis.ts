<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Import NEIS Open API &amp;data…</source>
        <translation>나이스 Open API 자료 가져오기(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>NeisImport</name>
    <message>
        <source>Import NEIS Open API data</source>
        <translation>나이스 Open API 자료 가져오기</translation>
    </message>
    <message>
        <source>NEIS Open API answers (*.json)</source>
        <translation>나이스 Open API 응답 파일 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>가져온 자료가 없습니다</translation>
    </message>
</context>
</TS>
