/**
 * A minimal CSL 1.0.2 style for Chicago author-date citations of web pages and reports,
 * written for the casebook (the entries it cites are web pages with an institutional author).
 */
export const CHICAGO_AUTHOR_DATE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="display-and-sort">
  <info><title>Chicago author-date (web pages), Red Line Casebook</title><id>red-line-casebook/chicago-author-date-web</id><updated>2026-11-25T00:00:00+00:00</updated></info>
  <macro name="author"><names variable="author"><name name-as-sort-order="first" and="text" sort-separator=", " delimiter=", "/></names></macro>
  <macro name="year"><date variable="issued"><date-part name="year"/></date></macro>
  <macro name="issued-full"><date variable="issued"><date-part name="month" form="long" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date></macro>
  <macro name="accessed"><date variable="accessed"><date-part name="month" form="long" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date></macro>
  <citation><layout prefix="(" suffix=")"><group delimiter=" "><text macro="author"/><text macro="year"/></group></layout></citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" quotes="true"/>
        <text variable="container-title"/>
        <group delimiter=" "><text value="Last modified"/><text macro="issued-full"/></group>
        <group delimiter=" "><text value="Accessed"/><text macro="accessed"/></group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
