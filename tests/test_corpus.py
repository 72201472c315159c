"""Scores the upload reader on a corpus of monthly returns in the layouts county bureaus really send.

The corpus (tests/samples/corpus/) holds 72 returns from Jiaxing's nine reporting units, each in a
different real-world layout: 附件 forms with title lines and merged two-row headers, published
name lists, recall notices, certificate lists, two programs pasted into one sheet, headers repeated
at page breaks, formula cells without stored results, GBK / UTF-8-BOM / UTF-16 text files, legacy
.xls, instruction and chart sheets that are not returns, certificate and platform exports, statistics
blocks above the list. Next to every file, expected/<stem>.json
lists every data row (sheet, Excel row) with the program it belongs to, whether a careful clerk
expects it stored or refused, and the values read off it (conventions in the corpus README.md).

A row is right when its program and its accepted flag match and, for an accepted row, the produced
values equal the expected ones exactly. A produced row that is not expected (a title or total read
as data) counts as one wrong row; a file the reader refuses outright scores all its rows wrong.

Regenerate the files and expectations with: python tests/samples/corpus/make_corpus.py

Holdout files are scored separately from the files the reader was tuned on, in four sets.

Holdout set 1 (exposed). These layouts were kept out of tuning, but the files existed while the reader
was tuned and their score was printed on every run, so they are not unseen: one failure in them
(traditional characters in a 召回类型 value, 主動召回) was seen and fixed with a general rule
(traditional forms of choice words). Read their score as partly tuned:
    gangqu_2025-03_brand_mark_formulas.xlsx
    haining_2024-11_recall_traditional.xlsx
    jiashan_2024-03_brand_mark_yesno.xlsx
    jiashan_2025-05_three_same_checkmarks.xlsx
    jingkai_2024-05_benchmarking_extra_columns.xlsx
    nanhu_2024-04_recall_notice.xlsx
    pinghu_2024-12_green_with_chart_sheet.xlsx
    tongxiang_2025-02_all_programs.xlsx
    xiuzhou_2024-11_benchmarking_list_gbk.csv

Holdout set 2 (added after tuning). Written after the reader was tuned, in layouts and with quirks none
of the files above has; their expected/*.json carry "holdout_set": 2. Their first, unseen score was
78/90 (86.7%; the whole corpus 97.0%). The four kinds of failure were then fixed with general rules,
so this set is no longer unseen either: the enterprise-name, credit-code and county headers declared
once for every program (now [[shared_column]]; 获证组织名称 was known to one program only), region paths
("浙江省/嘉兴市/平湖市"), a unit in brackets after a quantity ("1,320（台）"), cells merged down over
several data rows, export footers ("共 9 条记录"). A third set is needed for an unseen figure:
    gangqu_2024-09_three_same_platform_export.xlsx
    haining_2025-01_annex_sheets.xlsx
    haiyan_2024-11_benchmarking_statistics_form.xlsx
    jiashan_2024-12_recall_semicolon.csv
    jingkai_2025-02_recall_groups.xlsx
    nanhu_2024-09_green_certificate_query.xlsx
    nanhu_2025-04_benchmarking_instructions.xlsx
    pinghu_2025-05_green_offset_columns.xlsx
    tongxiang_2024-10_brand_mark_merged_yn.xls
    xiuzhou_2025-03_brand_mark_certificate_export.xlsx

Holdout set 3 (added after tuning). Written after the reader had been tuned on everything above (sets 1
and 2 included), in layouts and with quirks no file above has: a three-row header, a certificate-validity
column, units written with their town or a zone's second name, 待定 as a status, a file named for one
program holding another, quantities and dates in Chinese numerals, a row of column numbers, cells merged
across columns, hidden helper columns and a hidden list sheet, two announcements on one sheet, ditto
marks, bilingual headers with an example row, codes written ="…" in a CSV. Expectations were typed
before the reader ever read these files; their expected/*.json carry "holdout_set": 3. Their first,
unseen score (2026-12-07) was 35/106 (33.0%; 101 expected rows and 5 rows read that are no data; the whole
corpus 432/505 = 85.5%). The failures, by kind: a unit written with its town, street or a zone's second
name refused as unknown (27 rows); whole sheets or files refused: a bilingual header not recognised (8), a
header merged across two columns (8), a name list with neither status nor certificate column (7); numbers
and dates in Chinese numerals (5); codes written ="…" in a CSV (5); ditto marks 同上/〃 (3); 待定 in a
status column accepted (2); a row of column numbers and an announcement's signature lines read as data (5);
another unit's row known only by its address accepted (1). Each kind was then fixed by a general rule,
none by a string one file shows: a unit name followed by a place inside it or a bracketed second name
(lib/region.py); headers of up to four rows joined per column, a cell merged across columns as one column,
the Chinese half of a bilingual header, the sheet's own headers over the file name, column-number and
example rows under a header and a lone text in an optional column as no data (layout.py, headers.py); a
weak header match judged by its cells, a placeholder in a status column refused, ditto marks, ="…" codes,
a list with neither status nor certificate read as the pool (validate.py); Chinese numerals through cn2an
and 自…起 (normalise.py). The set then scored 100/101 (99.0%): the row left is a firm of another unit known
only by its 企业地址, a column the registry does not read. This set is therefore no longer unseen either and
counts in the floor like every other; a fourth set is needed for an unseen figure:
    gangqu_2024-05_green_hidden_helpers.xlsx
    haining_2024-03_benchmarking_three_row_header.xlsx
    haining_2025-05_green_ditto.xlsx
    haiyan_2025-01_recall_vertical_headers.xls
    jiashan_2024-07_benchmarking_and_brand_mark.xlsx
    jingkai_2024-10_brand_mark_province_list.xlsx
    jingkai_2025-06_benchmarking_column_numbers.xlsx
    nanhu_2024-08_three_same_bilingual.xlsx
    pinghu_2024-01_benchmarking_merged_across.xlsx
    pinghu_2024-11_recall_chinese_numerals.xlsx
    tongxiang_2024-02_three_same_platform_quoted.csv
    tongxiang_2025-04_brand_mark_validity.xlsx
    xiuzhou_2025-02_green_body_announcements.xlsx

Holdout set 4 (added after tuning). Written after the general fixes for set 3, in layouts and with quirks no file above
has: a return laid across (one enterprise per column), the bureau's 通知 above its 附件 with the header frozen
in row 25, footnote markers ①…⑥ in the headers and old 注册号 in the code column, an Excel table object with
a totals row and names with mixed spaces, estimates (1.2万余, 约1500, 3000多) beside a unit column under one
merged 涉及数量 header, the unit only in the header (涉及数量（台）), sheets named by month (1月, 2月, 3月), a
validity written as one range, the city's list filtered to one unit (hidden rows) with a struck-through row, a
统计报表 with 表号/制定机关 block and 甲乙丙 codes (.xls), a GBK CSV with pinyin field codes and units written
with their code (330481 海宁市), text copied from a web page (non-breaking and zero-width spaces), a status
split over two tick columns with 备注 企业已注销, and 召回计划 forms one block per recall. Expectations were typed
before the reader ever read these files; their expected/*.json carry "holdout_set": 4. The set is reported,
not floored. Its first, unseen score (2026-12-07) was 40/88 (45.5%; 77 expected rows and 11 rows read that
are no data; the whole corpus 539/588 = 91.7%, the floored files 99.8%). The failures, by kind: layouts refused
outright, the return laid across (6 rows) and the 召回计划 forms (4); rows read that are no data: hidden rows (6),
the sheets of other months (4), the 甲 … 辛 code row (1); quantity_unit (9): the unit only in the header (4), 余/多
read as the unit (3), the unit column under a merged 涉及数量 header (2); a validity range read as the validity's
start with no issue date (5); 日期⑥, a header with a footnote marker, not found, so no date (5); a unit written
with its code and name (330481 海宁市) refused as unknown (4); rows marked void accepted: struck through, 重复上报,
企业已注销 (3); the first row of the web copy not read (1). What held: tick columns, the table object and its
totals row, mixed spaces, old 注册号 refused, the 通知 preamble and frozen header, estimates' numbers, 1/0, text
dates with 0:00:00, a code alone (330481), the 统计报表 block. Each kind was then fixed by a general rule: the unit
in a quantity's header or the column it is merged across to, 余/多 after a number, a validity range, footnote
markers, a unit with its code, sheets of other months (set 3's round, normalise.py, validate.py, service.py); rows
hidden by hand or by a filter not read and rows struck through in every cell or marked void in a remarks column
refused (read.py reads both from the sheet's XML and styles, validate.py); a row of column codes (甲 乙 丙 …, A B
C …) as no data and zero-width spaces no longer hiding the first data row (layout.py); returns laid across and
forms read through a sheet of the usual shape (shapes.py). The set then scored 77/77 (100%) and counts in the floor:
    gangqu_2025-01_three_same_statistics_form.xls
    haining_2024-08_benchmarking_transposed.xlsx
    haining_2025-06_three_same_code_county.csv
    haiyan_2024-12_recall_header_unit.xlsx
    haiyan_2025-05_brand_mark_tick_columns.xlsx
    jiashan_2024-09_benchmarking_web_copy.xlsx
    jiashan_2025-04_brand_mark_table_totals.xlsx
    jingkai_2024-12_green_hidden_rows.xlsx
    nanhu_2025-03_benchmarking_policy_preamble.xlsx
    pinghu_2024-07_recall_estimates.xlsx
    tongxiang_2025-03_green_month_sheets.xlsx
    xiuzhou_2024-06_brand_mark_footnotes.xlsx
    xiuzhou_2025-05_recall_plan_forms.xlsx

Holdout set 5 (added after tuning). Written after set 4's first run, in layouts and with quirks no file above has: a
缺陷产品召回 platform export 24 columns wide with ISO date-times and 12,000 as text, columns that hold two fields
(企业名称（统一社会信用代码）, 对标标准/对标结果, 状态（证书编号）, 获证产品（产品类别）, 证书编号（发证日期）), a WPS
sheet with in-cell pictures (=DISPIMG), a seal picture, comments and sheet protection, a Mac workbook on the 1904 date
system with rich-text names, a .xls that is an HTML table (a platform's 导出Excel), one unit's return holding another
unit's rows with a 小计 per unit, a CSV from Excel with sep=, and Alt+Enter line breaks inside quoted cells, a
protected Excel 97-2003 sheet with units written as their bureau (经开分局, 港区分局), WPS's three default sheets with
the return on Sheet2 and ✔/✘ ticks, a status told only by row colours and a legend, a 金山文档 收集表 export shared by
every county with option letters (A.主动召回), a row of units under the header, 对标结果 printed as option boxes
(☑达到 □优于), and dates as 24/12/6, 2024年12月3号, 2024 年 8 月 6 日, 2025.2 and serials in a CSV; a letter O in a
credit code. Expectations were typed before the reader ever read these files; their expected/*.json carry
"holdout_set": 5. Its first, unseen score (2026-12-07, the reader with set 4's fixes, nothing tuned for these files)
was 29/104 (27.9%; 96 expected rows and 8 rows read that are no data; the whole corpus 605/681 = 88.8%, the floored
files 99.8%). The failures, by kind (files): a web page saved as .xls refused, a CSV's multi-line cells read as
records, two fields in one column (3), dates as 24/12/6, 2024-11-05T00:00:00 and 2025.2 typed as a number (4), option
boxes and lettered answers (2), the units row, a unit written as its bureau and 填报单位 or 生产者所在地 not read as the
unit (3), 小计 per unit and a seal line read as data (2), a letter O in a code, a colour legend. Each
kind was fixed by a general rule (shapes.split_columns; normalise.py dates, ticked_option, option_answer, line breaks
in Chinese text; layout.py units rows, totals at a cell's end, stamp and signature lines; headers.py numbered
questions and owner words; region.py bureaus and addresses; colours.py legends; html_table.py and the CSV reader).
The set then scored 96/96 (100%) and counts in the floor:
    gangqu_2024-08_three_same_ticks_bureau.xlsx
    haining_2024-12_three_same_html_export.xls
    haining_2025-03_recall_units_row.xlsx
    haiyan_2024-10_green_mac_1904.xlsx
    haiyan_2025-04_recall_online_form.xlsx
    jiashan_2025-02_brand_mark_wps_pictures.xlsx
    jingkai_2024-09_green_combined.xls
    nanhu_2024-11_recall_platform_export.xlsx
    nanhu_2025-01_brand_mark_colour_legend.xlsx
    pinghu_2025-03_benchmarking_county_subtotals.xlsx
    tongxiang_2024-06_recall_multiline.csv
    tongxiang_2024-11_benchmarking_checkbox_options.xlsx
    xiuzhou_2024-12_benchmarking_combined_columns.xlsx

Holdout set 6 (added after tuning). Written after set 5, in layouts and with quirks no file above has: a list sorted
by unit with the unit only in a group header row (一、南湖区（5家）), 对标结果 written 达标/领先/未达标 with dates to
the ten days (2024年7月上旬) and quarters (2024年第三季度), a GBK CSV typed to keep text with leading apostrophes
('9133…) and =T("…") standards, a recall list with several products per producer in sub-rows (name and code only on
the first), a Word table pasted into WPS with every record merged down over two rows and fields merged across two
columns, drop-down values with codes (01-主动召回, 1-入库培育) and one left at its prompt 请选择, 证书有效期 长期, an
Excel 97-2003 list typed in traditional characters with 证书编号 申请中/审核中, English-only headers (Company Name,
USCC) with TRUE/FALSE boolean cells, the city's template with columns reordered and renamed and numbered 填报说明
items under the list, a certification body's export with 证书状态 有效/暂停/撤销, and a pivot of counts per unit
pasted beside the list. Expectations were typed before the reader ever read these files; their expected/*.json carry
"holdout_set": 6. The set is reported, not floored. Its first, unseen score (2026-12-07, the reader with set 5's
fixes, nothing tuned for these files) was 36/95 (37.9%; 87 expected rows and 8 rows read that are no data; the whole
corpus 709/768 = 92.3%, the floored files 100%). The failures, by kind (files): English-only headers and 生产企业 not
read, dates to the ten days and quarters (2), drop-down codes and 请选择 (2), ='…'/=T("…") and apostrophes in a CSV,
records merged down over two rows, sub-rows, a group heading's unit, 申请中 as a certificate number and 合計, a
revoked certificate. Each kind was fixed by a general rule (registry English names and 生产企业; normalise.py parts of
months and quarters, coded drop-down values; validate.py text kept for Excel, continuation rows, sub-rows, group
headings, a firm named after and registered in another unit, codes without a digit or letter as not given, certificate
states in the remarks; layout.py totals in traditional characters). The set then scored 87/87 (100%) and counts in the
floor:
    gangqu_2024-12_green_pivot_beside.xlsx
    haining_2024-09_three_same_english_booleans.xlsx
    haiyan_2024-08_brand_mark_long_term.xlsx
    haiyan_2025-02_recall_word_table.xlsx
    jiashan_2024-11_recall_sub_rows.xlsx
    jiashan_2025-03_brand_mark_pending.xls
    jingkai_2025-01_three_same_reordered_template.xlsx
    nanhu_2024-06_benchmarking_unit_groups.xlsx
    nanhu_2025-06_recall_dropdown_codes.xlsx
    pinghu_2024-10_green_body_status.xlsx
    tongxiang_2024-09_benchmarking_apostrophes.csv
    xiuzhou_2024-07_benchmarking_pass_words.xlsx

Holdout set 7 (added after tuning). Written after set 6, in layouts and with quirks no file above has: the year's ledger
sent whole with this month's rows typed under earlier ones and told by a 本月新增 column (是/否) or a 月份 column (a
GB18030 CSV), the month's sheet (2月新增) beside a year-to-date sheet (2025年累计) repeating its rows, a cover sheet
(封面) before one list per 市场监督管理所 (硖石所, 许村所, 长安所) and a 汇总 of counts with one certificate on two
sheets, the Chinese header in row 2 with a row of English field codes (ent_name, uscc …) under it and panes frozen
below, statuses with bracketed asides (已认证（2024年）, 入库培育（第二批）), a Word 附件2 form whose 入库培育 / 已认证
boxes are Wingdings 2 characters (R ☑, £ ☐), the city's printed template with 序号 1 … 15 in advance, 以下空白 and
numbered empty lines, 计量单位 typed before 涉及数量 with dates as text 2024/06/05 00:00, quantities shown with their
unit only by the cell's number format (#,##0"套"), a CSV saved by a Mac in UTF-16 LE with no byte-order mark, renamed
firms written with their former name in brackets (（原…）, (曾用名：…)) in an Excel 97-2003 list, and a 三同 list with
声明链接 hyperlinks and a 二维码 column. Expectations were typed before the reader ever read these files; their
expected/*.json carry "holdout_set": 7. The set was reported, not floored, while unseen. Its first, unseen score
(2026-12-07, the reader with set 6's fixes, nothing tuned for these files) was 55/98 (56.1%; 84 expected rows and 14
rows read that are no data; the whole corpus 815/858 = 95.0%, the floored files 100%). Then partly fixed by general
rules (a year's list kept to this month's rows by its 本月新增 or 月份 column, a year-to-date sheet read only when no
other sheet holds the return, former names in brackets, 以下空白 and numbered empty lines, UTF-16 without a byte-order
mark): 71/84 = 84.5%. The two kinds left were then fixed by general rules too: a quantity's unit shown only by the
cell's number format (#,##0"套"; read.py reads the formats that show a unit after the number, validate.py uses them
where nothing else gives the unit), and a row of field codes or English names under a Chinese header (layout.py: no
data, and no block of its own). The set then scored 84/84 (100%) and counts in the floor:
    gangqu_2024-10_brand_mark_wingdings.xlsx
    haining_2024-06_green_station_sheets.xlsx
    haining_2025-02_three_same_ytd_sheet.xlsx
    haiyan_2024-03_recall_format_units.xlsx
    jiashan_2024-08_benchmarking_appended_months.xlsx
    jingkai_2024-08_green_former_names.xls
    nanhu_2024-05_brand_mark_field_codes.xlsx
    pinghu_2024-06_recall_unit_first.xlsx
    tongxiang_2024-05_brand_mark_month_column.csv
    tongxiang_2024-07_three_same_links.xlsx
    xiuzhou_2024-03_benchmarking_blank_numbered.xlsx
    xiuzhou_2024-05_recall_mac_utf16.csv

Holdout set 8 (added after tuning). Written after set 7's first fixes, imitating what county bureaus keep and pass on,
in layouts and with quirks no file above has: a recall system's 导出Excel that is tab-separated GBK text with
eight-digit dates, an old paper form's 完成时间 split over 年 / 月 / 日 columns, products grouped under a heading row
per firm (一、企业名称（统一社会信用代码：…）), a status per date column (入库时间, 获证时间), a 计划获证时间 column,
quantities in 万件 by the header, 出口国家 and 执行标准 columns, 否（正在申请）, the year's certificate ledger headed
month by month, the city's macro-enabled template (.xlsm) with a 校验结果 column and a 代码表 sheet, a 工作月报 with
narrative paragraphs under the list, one sheet per 产品类别 with no category column, a recall progress ledger with
召回完成率, and a form from another department with 组织机构代码 and 注册资本. Expectations and the conventions they
needed were typed by someone who never ran the reader on them; their expected/*.json carry "holdout_set": 8. The set was
reported, not floored, while unseen. Its first, unseen score (2026-12-07, the reader with set 7's fixes, nothing tuned
for these files) was 59/100 (59.0%; 96 expected rows and 4 rows read that are no data; the whole corpus 903/944 = 95.7%,
the floored files 100%). The failures, by kind (rows): products under a firm's heading row (9, the sheet refused), the
date split over 年 / 月 / 日 (7), a status per date column (8, the sheet refused), the category told by the sheet's name
(6), quantities in 万件 by the header (6), the year's ledger headed month by month (3 rows of earlier months and a count
line read), 否（正在申请） (1). Each kind was then fixed by a general rule, none by a string the files show: a firm's
heading row over its products read as the firm's name and code for the rows under it (shapes.headed); a date over 年 |
月 | 日 columns joined, an empty day the month's first (layout.py, validate.py); a date field tied between columns whose
headers begin with different statuses read per row from its status's column, and a field's short name after a qualifying
word proposed (layout.py, headers.py); a choice field without a column given by the sheet's name; numbers counted in ten
thousands by their header; a year's list headed month by month kept to the upload month, and 累计 lines as totals; a
yes/no answer with an aside (validate.py, layout.py, normalise.py). The set then scored 96/96 (100%) and counts in the
floor:
    gangqu_2025-05_three_same_export_markets.xlsx
    haining_2024-02_green_plan_dates.xlsx
    haining_2025-04_benchmarking_org_codes.xlsx
    haiyan_2024-04_three_same_category_sheets.xlsx
    haiyan_2024-07_recall_tab_text.xls
    jiashan_2024-05_benchmarking_date_parts.xlsx
    jiashan_2025-06_recall_progress_columns.xlsx
    jingkai_2024-03_green_month_headings.xlsx
    nanhu_2024-03_brand_mark_two_dates.xlsx
    pinghu_2024-04_recall_wan_units.xlsx
    pinghu_2025-04_three_same_narrative.xlsx
    tongxiang_2025-01_brand_mark_macro.xlsm
    xiuzhou_2024-04_benchmarking_firm_headings.xlsx

Holdout set 9 (added after tuning). Written after set 8's fixes by someone who never ran the reader on them, imitating
what county bureaus really send, in layouts and with quirks no file above has: a return the city sent back, resubmitted
with the city's 审核意见 and the county's 修改情况说明 (one row answered 本表删除), a list of status changes (变动前 /
变动后状态, one firm 退出培育库), one sheet pasted together from four 所's tables, 企业名称 merged over 全称 and 简称,
the 三同 platform's web page pasted with its breadcrumb, 操作 buttons and pager, a CSV with 涉及数量/已召回数量 in one
column (1200/980), names marked ★ / ▲ with a legend, a template's grey row of 填写要求 under the header, last month's
sheet kept beside this month's copy, generic sub-headers under merged groups (自我声明 over 日期 / 编号), a validity
written as a span (5年, 五年) with dates shown with the weekday, and 涉及数量 merged over 合计 / 已销售 / 库存.
Expectations and the conventions they needed were typed before the first run; their expected/*.json carry "holdout_set":
9. The set was reported, not floored, while unseen. Its first, unseen score (2026-12-07, the reader with set 8's fixes,
nothing tuned for these files) was 50/101 (49.5%; 94 expected rows and 7 rows read that are no data; the whole corpus
990/1041 = 95.1%, the floored files 940/940 = 100%). The failures, by kind (rows): generic sub-headers read as another
program (9), 企业名称 merged over 全称 and 简称 (8, the sheet refused), 涉及数量 merged over its parts (7, the sheet
refused), two quantities in one cell (6), ★ / ▲ markers kept in names (6), last month's sheet read beside this month's
(5 rows read), a validity written as a span refused as a date (5), and one each: a pager line and a template's 填写要求
row read as data, rows void by 已撤回, 本表删除 or 退出培育库 accepted. Each kind was then fixed by a general rule: a
header goes down to a row of sub-headers under headings merged across, and of columns tied under one heading the whole
(全称, 合计), then the one whose heading and sub-header name the field, then all but those whose sub-header names
another field (layout.py, headers.py); a unit after a two-field header goes with both (shapes.py); marks before or after
a name, a span where a day belongs, a status or 说明 column the registry does not read voiding a row (validate.py); a
pager and a row of 填写要求 as no data (layout.py); last month's sheet beside this month's copy left out by its title's
month (service.py). The set then scored 94/94 (100%) and counts in the floor:
    gangqu_2024-07_green_sheet_copies.xlsx
    haining_2024-04_three_same_web_paste.xlsx
    haiyan_2024-05_green_short_names.xlsx
    haiyan_2025-06_three_same_group_subheaders.xlsx
    jiashan_2024-06_recall_station_blocks.xlsx
    jingkai_2024-06_benchmarking_hint_row.xlsx
    nanhu_2024-01_recall_stock_breakdown.xlsx
    nanhu_2024-02_benchmarking_returned_comments.xlsx
    pinghu_2024-02_recall_quantity_slash.csv
    tongxiang_2024-03_brand_mark_star_markers.xlsx
    xiuzhou_2024-02_green_validity_years.xls
    xiuzhou_2025-01_brand_mark_status_change.xlsx

Holdout set 10 (added after tuning). Written after set 9's fixes by someone who never ran the reader on them, told that
most files should be ordinary layouts new to the corpus and some carry one real-world quirk each: key indicators listed
one per row under a product merged down over them, a 97-2003 情况表 with 完成年月 as 202503, one 质量提升工作台账 whose
工作类别 column tells 对标达标 rows from 品字标 rows, the title only in the printed page header and 本区 for the unit, a
clerk's quick list with abbreviated headers, a database's CSV export with NULL and 00:00:00.0, a 本年累计 table under
the month's list, units in square brackets (涉及数量[台]), 证书有效期 merged over 起 / 止, a service body's progress
table, #N/A left by a lookup, a registration system's export with 数据状态 已删除, and a cover letter before the list.
Expectations and the conventions they needed were typed before the first run; their expected/*.json carry "holdout_set":
10. The set was reported, not floored, while unseen. Its first, unseen score (2026-12-07, the reader with set 9's fixes,
nothing tuned for these files) was 70/115 (60.9%; 97 expected rows and 18 rows read that are no data; the whole corpus
1104/1149 = 96.1%, the floored files 1034/1034 = 100%). The failures, by kind (rows): indicator rows read as records (10
read), the 本年累计 table under the list read (8 read), 本区 as the unit (6), 完成年月 as 202503 (6), the program told
by a 工作类别 column (5, and a 待定 status accepted), a unit in square brackets (5), a validity over 起 / 止 columns
(4). Then partly fixed by general rules (a year and month run together, 本区 / 我市 as the reporting unit, a unit in
square brackets, 年月 in a header as 日期, a year-to-date table under the month's list, a record's indicator rows merged
under it, a validity over 起 | 止 columns): 91/97 = 93.8%. The kind left was then fixed too: a column whose cells name
programs tells each row's program, each program read from a copy of the sheet holding only its rows, and a header or a
field's name with the program's own name before it matches the rest (shapes.by_program_column, headers.py). The set then
scored 97/97 (100%) and counts in the floor:
    gangqu_2024-04_green_service_progress.xlsx
    gangqu_2025-02_recall_scope_column.xlsx
    haining_2024-01_benchmarking_indicator_rows.xlsx
    haiyan_2024-01_three_same_lookup_errors.xlsx
    jiashan_2024-04_green_validity_columns.xlsx
    jingkai_2024-11_three_same_system_export.xlsx
    jingkai_2025-03_benchmarking_standard_types.xls
    nanhu_2025-05_brand_mark_print_header.xlsx
    pinghu_2024-05_recall_ytd_below.xlsx
    tongxiang_2024-01_green_cover_letter.xlsx
    tongxiang_2025-05_benchmarking_brand_mark_ledger.xlsx
    xiuzhou_2024-01_brand_mark_short_headers.xlsx
    xiuzhou_2025-04_recall_db_export.csv

Holdout set 11 (added after tuning). Written after set 10's fixes by someone who never ran the reader on them, told that
most files should be ordinary layouts a city sees from different clerks in a year and some carry one real-world quirk
each: a 统计表 with indicator counts, a clerk's list with the credit code first, one sheet per status (入库培育企业,
已认证企业), a standard's 发布日期 beside the 获证日期, a recall 台账 with 备案日期 before 实施日期, a list sorted by
产品类别 with product before producer, a 属地监管所 column instead of a county, 认证依据 and 认证机构 columns, a plain
97-2003 list with a clerk's own headers, 产品类别 merged over three tick columns, 是否同线 / 同标 / 同质 columns, and
品牌 and 外销额 columns. Expectations and the conventions they needed were typed before the first run; their
expected/*.json carry "holdout_set": 11. The set was reported, not floored, while unseen. Its first, unseen score
(2026-12-07, the reader with set 10's fixes, nothing tuned for these files) was 83/90 (92.2%; 90 expected rows, none
read that is no data; the whole corpus 1214/1221 = 99.4%, the floored files 1131/1131 = 100%). The failures, by kind
(rows): 产品类别 told by tick columns under its heading (7). That kind was then fixed by a general rule: a choice
field's heading merged over one column per value reads the ticked column (layout.py, validate.py; marks that say neither
yes nor no, as a symbol font's letters, tick nothing). The set then scored 90/90 (100%) and counts in the floor:
    gangqu_2024-03_green_plain_xls.xls
    haining_2024-10_brand_mark_standard_dates.xlsx
    haiyan_2025-03_benchmarking_indicator_counts.xlsx
    jiashan_2024-01_three_same_line_standard_quality.xlsx
    jiashan_2024-02_green_basis_column.xlsx
    jingkai_2024-04_recall_product_class.xlsx
    nanhu_2024-10_recall_station_column.xlsx
    pinghu_2024-03_benchmarking_code_first.xlsx
    pinghu_2025-01_three_same_category_ticks.xlsx
    tongxiang_2024-10_three_same_brand_columns.xlsx
    tongxiang_2025-06_recall_filing_dates.xlsx
    xiuzhou_2024-09_brand_mark_status_sheets.xlsx

Holdout set 12 (added after tuning). Written after set 11's fixes by someone who never ran the reader on them, told that
most files should be ordinary layouts a city sees from different clerks in a year, each with at most one real-world
quirk: two standards in one cell, group headers over the list and a late 补报 row, a second sheet of indicator
comparisons, an IQNet column and a 已认证 firm whose 证书编号 is /, the county merged down over every row, a plain
97-2003 recall list with models joined by 、, a 说明 line above the header, a 以前月份召回进展更新 table under the
month's new recalls, a green 推进情况表 with 纳入培育时间 and 证书有效期至, a 规格型号 column, 属地 written three ways
and 产品分类 with 类 after each category, and a WPS CSV in GBK. Expectations and the conventions they needed were typed
before the first run; their expected/*.json carry "holdout_set": 12. The set was reported, not floored, while unseen.
Its first, unseen score (2026-12-07, the reader with set 11's fixes, nothing tuned for these files) was 91/113 (80.5%;
109 expected rows and 4 rows read that are no data; the whole corpus 1312/1334 = 98.4%, the floored files 1221/1221 =
100%). The failures, by kind (rows): the month's list not read and the progress table under it read instead (9 not read,
3 read), a 产品分类 header not taken for 产品类别 (8), a sign-off line of 审核： / 填表： cells read as a row (1), a
已认证 firm with 证书编号 / accepted (1). That last expectation contradicted a convention the corpus already held (a
已获证 row with 证书编号 — is stored with a warning: nanhu_2024-07_brand_mark_pool) and was corrected after the first
run; the score above counts it as a failure. The other kinds were then fixed by general rules: 分类 in a header read as
类别 (programs.toml header_words), a line of label：value cells (审核：… 填表：…) as no data, a title's month never
taken from a day's date (填报时间：2024年12月3日), and a table under the month's list whose title says earlier months
(以前月份…进展更新, 往月, 跟踪) ending the list as a year-to-date table does (layout.py, service.py). The set then
scored 109/109 (100%) and counts in the floor:
    gangqu_2024-01_green_model_column.xlsx
    gangqu_2025-06_recall_note_line.xlsx
    haining_2024-09_brand_mark_iqnet.xlsx
    haiyan_2024-11_recall_progress_update.xlsx
    jiashan_2025-06_benchmarking_two_standards.xlsx
    jingkai_2024-02_benchmarking_catch_up_row.xlsx
    jingkai_2025-05_three_same_class_suffix.xlsx
    nanhu_2025-03_green_progress_table.xlsx
    pinghu_2024-08_three_same_wps_csv.csv
    pinghu_2025-02_brand_mark_merged_county.xlsx
    tongxiang_2025-03_benchmarking_indicator_sheet.xlsx
    xiuzhou_2024-11_recall_plain_xls.xls

Holdout set 13 (added after tuning). Written after set 12's fixes by someone who never ran the reader on them, told that
most files should be ordinary layouts a city sees from different clerks in a year, each with at most one real-world
quirk: a 所属行业 column and no county, a standard's number and title in one cell with a month-only 完成时间, a list
with no title under an AutoFilter and the code near the end, a 统计截止 line over merged 培育认证情况 headers, a
镇（街道） column, the template's order with 已召回数量（截至月底）, group headers over a recall list, quantities with
their unit and a 完成率 in brackets, a 认证目录 sheet feeding a drop-down and a 有效期至 before its 发证日期, a GBK CSV
with a code shown as 9.13304E+17, a 备注 saying 声明已撤回, and a 说明 sheet beside a list with 无 for a code.
Expectations and the conventions they needed were typed before the first run; their expected/*.json carry "holdout_set":
13. The set was reported, not floored, while unseen. Its first, unseen score (2026-12-07, the reader with set 12's
fixes, nothing tuned for these files) was 107/109 (98.2%; 108 expected rows and 1 row read that is no data; the whole
corpus 1437/1439 = 99.9%, the floored files 1330/1330 = 100%). The failures, by kind (rows): a sign-off line of 填表：…
| 审核：… | a date read as a row (1), a 有效期至 before its 发证日期 stored with a warning where the set expected the
row refused (1). That last expectation differed from how the product checks a date order (a warning asking to check the
dates, the certificate stored, as a certified row without its number is) and was corrected after the first run; the
score above counts it as a failure. The sign-off line was then fixed by a general rule: a line whose cells are each a
label and its colon or the day it was signed is no data (layout.py). The set then scored 108/108 (100%) and counts in
the floor:
    gangqu_2025-04_benchmarking_failed_result.xlsx
    haining_2024-06_three_same_withdrawn_note.xlsx
    haining_2024-08_recall_month_end_header.xlsx
    haiyan_2024-10_benchmarking_industry_column.xlsx
    jiashan_2024-09_recall_group_headers.xlsx
    jiashan_2025-04_three_same_code_none.xlsx
    jingkai_2024-06_brand_mark_cutoff_line.xlsx
    nanhu_2024-12_benchmarking_code_last.xlsx
    pinghu_2024-09_green_validity_typo.xlsx
    tongxiang_2024-12_brand_mark_town_column.xlsx
    xiuzhou_2024-06_green_number_code.csv
    xiuzhou_2025-01_recall_rate_aside.xlsx

Holdout set 14 (added after tuning). Written after set 13's fixes by someone who never ran the reader on them, told that
most files should be ordinary layouts a city sees from different clerks in a year, each with at most one real-world
quirk: a 填报单位（盖章） line and a result with an aside (达到（部分指标优于）), 国际标准名称 beside its number and
months typed as dates, an empty spacer column, a 目录 sheet before 附表1 and a 附表2 of counts, start dates with 起
after them, 召回类型 with an aside, a 计划完成日期 column, a certificate list with no status column, a 97-2003 list with
培育产品 and 认证进展, a header frozen in row 3 over a count sentence, categories with a sub-class in brackets, and
firms merged down over their products. Expectations and the conventions they needed were typed before the first run;
their expected/*.json carry "holdout_set": 14. The set was reported, not floored, while unseen. Its first, unseen score
(2026-12-07, the reader with set 13's fixes, nothing tuned for these files) was 106/107 (99.1%; 107 expected rows, none
read that is no data; the whole corpus 1544/1545 = 99.9%, the floored files 1438/1438 = 100%). The failure (rows): a
认证进展 of 待定 accepted where a status the sheet leaves unknown refuses the row (1), the sheet's 认证进展 not taken
for its status column. That kind was then fixed by a general rule: 进展 in a header read as 情况 (programs.toml
header_words; 认证进展 is 认证情况). The set then scored 107/107 (100%) and counts in the floor:
    gangqu_2024-10_recall_type_aside.xlsx
    haining_2025-05_recall_planned_end.xlsx
    haiyan_2024-09_brand_mark_spacer_column.xlsx
    haiyan_2025-04_three_same_merged_firm.xlsx
    jiashan_2024-10_three_same_category_aside.xlsx
    jiashan_2025-01_recall_start_suffix.xlsx
    jingkai_2025-03_brand_mark_contents_sheet.xlsx
    nanhu_2024-11_green_certificate_list.xlsx
    pinghu_2024-12_benchmarking_result_aside.xlsx
    tongxiang_2024-08_green_cultivation_xls.xls
    xiuzhou_2024-10_green_code_short.xlsx
    xiuzhou_2025-06_benchmarking_standard_title_column.xlsx
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lib.db import session_scope, upgrade_database
from lib.ingest.read import UnreadableFile
from lib.ingest.service import preview_upload
from lib.periods import parse_period
from lib.programs import get_registry
from lib.region import load_region
from lib.store import sync_units

CORPUS = Path(__file__).resolve().parent / "samples" / "corpus"
THRESHOLD = 0.95
# Holdout sets scored and reported but kept out of the floor while unseen (sets 3 to 14 were kept out while
# their first unseen scores stood; they count since their failures were fixed by general rules).
UNFLOORED_SETS: set[int] = set()
SHOWN_MISMATCHES = 4


def _holdout_sets_in_docstring() -> dict[int, set[str]]:
    """The files listed under each "Holdout set N" paragraph of the module docstring."""
    sets: dict[int, set[str]] = {}
    current = None
    for line in __doc__.splitlines():
        if line.startswith("Holdout set "):
            current = int(line.split()[2])
            sets[current] = set()
        elif current is not None and line.startswith("    ") and "." in line:
            sets[current].add(line.strip())
    return sets


def _holdout_set(case: dict) -> int | None:
    """Which holdout set a file belongs to: None for tuned files, 1 unless its JSON says otherwise."""
    return case.get("holdout_set", 1) if case["holdout"] else None


def _cases() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "expected").glob("*.json"))]


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _produced_values(values: dict) -> dict:
    return {
        key: _plain(value)
        for key, value in values.items()
        if key != "uscc_accepted_reason" and value is not None and value != ""
    }


@dataclass
class FileScore:
    file: str
    holdout: bool
    holdout_set: int | None = None
    right: int = 0
    total: int = 0
    mismatches: list[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)

    def wrong(self, kind: str, detail: str) -> None:
        self.kinds[kind] += 1
        self.mismatches.append(detail)


def _score_file(session, case: dict, registry, region) -> FileScore:
    path = CORPUS / "files" / case["file"]
    score = FileScore(case["file"], case["holdout"], _holdout_set(case), total=len(case["rows"]))
    try:
        preview = preview_upload(
            session,
            path.read_bytes(),
            path.name,
            unit_name=case["unit"],
            period=parse_period(case["period"]),
            registry=registry,
            region=region,
        )
    except UnreadableFile as exc:
        score.wrong("file refused", f"file refused: {exc}")
        score.kinds["file refused"] = score.total
        return score
    except Exception as exc:  # a crash scores like a refusal, and says so
        score.wrong("reader crashed", f"reader crashed: {type(exc).__name__}: {exc}")
        score.kinds["reader crashed"] = score.total
        return score

    produced: dict[tuple[str, int], tuple[str, object]] = {}
    blocked: dict[str, str] = {}
    for report in preview.sheets:
        if report.blocked:
            # A sheet-level error (e.g. a required column not found): none of its rows is read.
            blocked.setdefault(report.sheet, next(i.message for i in report.issues if i.row is None))
            continue
        for row in report.rows:
            key = (report.sheet, row.excel_row)
            if key in produced:
                score.total += 1
                score.wrong("unexpected row", f"{key[0]}!{key[1]}: produced twice ({report.program})")
                continue
            produced[key] = (report.program, row)

    for expected in case["rows"]:
        key = (expected["sheet"], expected["row"])
        where = f"{key[0]}!{key[1]}"
        found = produced.pop(key, None)
        if found is None:
            if key[0] in blocked:
                score.wrong("sheet refused", f"{where}: sheet refused: {blocked[key[0]]}")
            else:
                score.wrong("expected row not read", f"{where}: not read (expected {expected['program']})")
            continue
        program, row = found
        if program != expected["program"]:
            score.wrong("wrong program", f"{where}: program {program}, expected {expected['program']}")
            continue
        if row.accepted != expected["accepted"]:
            codes = ",".join(sorted({i.code for i in row.issues if i.severity == "error"})) or "-"
            if expected["accepted"]:
                score.wrong("refused a good row", f"{where}: refused ({codes}), expected accepted")
            else:
                score.wrong("accepted a bad row", f"{where}: accepted, expected refused")
            continue
        if expected["accepted"]:
            got, want = _produced_values(row.values), expected["values"]
            if got != want:
                differing = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
                for name in differing:
                    score.kinds[f"value: {name}"] += 1
                shown = "; ".join(f"{k}: expected {want.get(k)!r}, got {got.get(k)!r}" for k in differing)
                score.mismatches.append(f"{where}: {shown}")
                continue
        score.right += 1

    for (sheet, excel_row), (program, row) in sorted(produced.items(), key=lambda item: (item[0][0], item[0][1])):
        score.total += 1
        score.wrong(
            "unexpected row", f"{sheet}!{excel_row}: not a data row, read as {program} {_produced_values(row.values)}"
        )
    return score


def _report(scores: list[FileScore]) -> tuple[str, float, dict[int, float]]:
    def ratio(items: list[FileScore]) -> float:
        total = sum(s.total for s in items)
        return sum(s.right for s in items) / total if total else 1.0

    lines = [f"{'file':<56} {'holdout':<7} {'right/total':>11}"]
    for s in scores:
        tag = f"set {s.holdout_set}" if s.holdout else ""
        lines.append(f"{s.file:<56} {tag:<7} {s.right:>5}/{s.total:<5}")
        for detail in s.mismatches[:SHOWN_MISMATCHES]:
            lines.append(f"    {detail}")
        if len(s.mismatches) > SHOWN_MISMATCHES:
            lines.append(f"    ... {len(s.mismatches) - SHOWN_MISMATCHES} more")
    kinds = Counter()
    for s in scores:
        kinds.update(s.kinds)
    overall = ratio(scores)
    holdout = {
        n: ratio([s for s in scores if s.holdout_set == n]) for n in sorted({s.holdout_set for s in scores} - {None})
    }

    def part(items: list[FileScore]) -> str:
        return f"{sum(s.right for s in items)}/{sum(s.total for s in items)} = {ratio(items):.1%}"

    lines.append("")
    lines.append("most common mismatches: " + "; ".join(f"{k} ×{n}" for k, n in kinds.most_common(10)))
    lines.append(f"overall {part(scores)}; tuned files {part([s for s in scores if not s.holdout])}")
    notes = {
        1: " (exposed: existed while tuning)",
        2: " (added after tuning; first unseen score 86.7%, then fixed)",
        3: " (added after tuning; first unseen score 33.0%, then fixed)",
        4: " (added after tuning; first unseen score 45.5%, then fixed)",
        5: " (added after tuning; first unseen score 27.9%, then fixed)",
        6: " (added after tuning; first unseen score 37.9%, then fixed)",
        7: " (added after tuning; first unseen score 56.1%, then fixed)",
        8: " (added after tuning; first unseen score 59.0%, then fixed)",
        9: " (added after tuning; first unseen score 49.5%, then fixed)",
        10: " (added after tuning; first unseen score 60.9%, then fixed)",
        11: " (added after tuning; first unseen score 92.2%, then fixed)",
        12: " (added after tuning; first unseen score 80.5%, then fixed)",
        13: " (added after tuning; first unseen score 98.2%, then fixed)",
        14: " (added after tuning; first unseen score 99.1%, then fixed)",
    }
    for n in holdout:
        note = notes.get(n, "")
        lines.append(f"holdout set {n}{note}: {part([s for s in scores if s.holdout_set == n])}")
    return "\n".join(lines), overall, holdout


def test_corpus_is_complete():
    """The corpus keeps its shape: enough distinct returns, every file expected, holdouts listed above."""
    cases = _cases()
    files = {p.name for p in (CORPUS / "files").iterdir()}
    assert len(cases) >= 55
    assert {c["file"] for c in cases} == files
    listed = _holdout_sets_in_docstring()
    assert set(listed) == {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}
    for n, names in listed.items():
        assert {c["file"] for c in cases if _holdout_set(c) == n} == names, n
    assert len(listed[1]) >= 8
    assert len(listed[2]) >= 10
    assert len(listed[3]) >= 12
    assert len(listed[4]) >= 12
    assert len(listed[5]) >= 12
    assert len(listed[6]) >= 12
    assert len(listed[7]) >= 12
    assert len(listed[8]) >= 12
    assert len(listed[9]) >= 12
    assert len(listed[10]) >= 12
    assert len(listed[11]) >= 12
    assert len(listed[12]) >= 12
    assert len(listed[13]) >= 12
    assert len(listed[14]) >= 12
    assert all(c["holdout"] for c in cases if "holdout_set" in c)
    programs = Counter(r["program"] for c in cases for r in c["rows"])
    assert set(programs) == {p.key for p in get_registry()}
    for c in cases:
        keys = [(r["sheet"], r["row"]) for r in c["rows"]]
        assert len(keys) == len(set(keys)), c["file"]
        assert all("values" in r for r in c["rows"] if r["accepted"]), c["file"]


def test_reader_scores_on_corpus(sqlite_url):
    upgrade_database(sqlite_url)
    registry, region = get_registry(), load_region("330400")
    with session_scope(sqlite_url) as session:
        sync_units(session, region)
    scores = []
    with session_scope(sqlite_url) as session:
        for case in _cases():
            scores.append(_score_file(session, case, registry, region))
    text, overall, holdout = _report(scores)
    print(text)
    floored = [s for s in scores if s.holdout_set not in UNFLOORED_SETS]
    score = sum(s.right for s in floored) / sum(s.total for s in floored)
    left_out = f" but holdout set(s) {sorted(UNFLOORED_SETS)}" if UNFLOORED_SETS else ""
    print(f"floor {THRESHOLD:.0%} applies to all files{left_out}: {score:.1%}")
    sets = ", ".join(f"holdout set {n} {value:.1%}" for n, value in holdout.items())
    assert score >= THRESHOLD, (
        f"reader scores {score:.1%} on the floored files (all files {overall:.1%}; {sets}), "
        f"needs {THRESHOLD:.0%}\n{text}"
    )
