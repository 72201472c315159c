"""Every problem message shown to county staff, in one catalogue: code -> (severity, template).

Templates name what is wrong and what to do; fields are filled with str.format.
"""

from __future__ import annotations

ERROR, WARNING = "error", "warning"

CATALOGUE: dict[str, tuple[str, str]] = {
    "required": (ERROR, "“{column}”为必填项，请填写。"),
    "required_when": (WARNING, "“{other}”为“{other_value}”时应填写“{column}”，请补充。"),
    "bad_uscc": (ERROR, "统一社会信用代码“{value}”{reason}，请按营业执照填写18位代码。"),
    "uscc_check": (
        ERROR,
        "统一社会信用代码“{value}”校验位不符（按前17位应为“{expected}”），请对照营业执照核对；"
        "确认无误的（如早期试点代码），可由管理员注明理由后接受。",
    ),
    "uscc_accepted": (WARNING, "统一社会信用代码“{value}”校验位不符，已由管理员核实接受：{reason}"),
    "foreign_code": (WARNING, "信用代码“{value}”登记在{other}，与上报单位不一致，请确认企业属地。"),
    "quality_spike": (
        WARNING,
        "本表 {count} 行，本单位前12个月同一工作每月中位数为 {median} 条，超过 {factor} 倍，"
        "请核对是否重复或误报（仍可提交）。",
    ),
    "quality_zero": (WARNING, "本表没有数据：前{steady}个月每月都有新增，本月为零，请确认没有漏报（空表即零报告）。"),
    "quality_late": (
        WARNING,
        "本月月报已于截止时间（{due}）前报送，现在重新上报会在截止后修改数据，将显示在“数据质量”页面。",
    ),
    "shared_enterprise": (WARNING, "该企业（{value}）今年已由{other}上报过，请确认属地，避免重复计数。"),
    "bad_date": (ERROR, "“{value}”不是有效日期，请写成 2024-10-09 或 2024年10月9日。"),
    "bad_number": (ERROR, "“{value}”不是有效数量，请填写数字，可带单位，如“286辆”。"),
    "negative_number": (ERROR, "数量“{value}”不能为负数。"),
    "bad_choice": (ERROR, "“{value}”不是可选值，请填写：{allowed}。"),
    "bad_bool": (ERROR, "“{value}”应填写“是”或“否”。"),
    "unknown_unit": (ERROR, "{reason}"),
    "other_unit": (ERROR, "该行属于“{unit}”，不是本次上报单位“{reporting}”：请删除该行，由“{unit}”自行上报。"),
    "ledger_no_unit": (ERROR, "台账中该行没有所属县（市、区），请补填所属县（市、区）后重新导入。"),
    "ledger_no_date": (
        ERROR,
        "台账中该行没有日期，无法确定属于哪个月份，请补填“{column}”（或在“年份”“月份”列中写明）后重新导入。",
    ),
    "ledger_outside": (ERROR, "日期{value}不在本次导入的月份（{span}）内，请核对日期，或调整导入的起止月份。"),
    "ledger_not_started": (ERROR, "日期{value}早于该项工作开始的月份（{since}），请核对日期。"),
    "date_outside_period": (WARNING, "日期{value}不在上报月份（{period}）内，请核对是否应在其他月份上报。"),
    "date_order": (WARNING, "“{column}”（{value}）应晚于“{other}”（{other_value}），请核对。"),
    "duplicate_in_file": (ERROR, "与第{other_row}是同一条记录（{identity}），请删除重复行。"),
    "duplicate_stored": (
        ERROR,
        "该记录（{identity}）已在{period}上报过，不能重复计数；如需更正，请重新上报{period}的月报。",
    ),
    "text_too_long": (ERROR, "内容过长（{length}字），请精简到{limit}字以内。"),
    "missing_column": (
        ERROR,
        "没有找到必填列“{column}”，本表暂不能入库：请在下方“核对表头”中指出哪一列是“{column}”并确认，"
        "或在表中补上该列（表头可写：{aliases}）。",
    ),
    "ambiguous_column": (
        WARNING,
        "“{column}”可能是“{candidates}”中的任一列，请在下方“核对表头”中选定（未选定前按未填处理）。",
    ),
    "proposed_column": (WARNING, "表头“{value}”按“{column}”读取（把握不大），请在下方“核对表头”中确认。"),
    "remembered_mapping": (
        WARNING,
        "已按本单位{when}确认的表头对应关系读取（{count}列），如有变化请在“核对表头”中修改。",
    ),
    "optional_missing": (WARNING, "本表没有选填列{columns}，这些内容按未填处理；如有请补上该列。"),
    "no_date_column": (WARNING, "本表没有日期列（{column}），各行按上报月份（{period}）计。"),
    "implied_column": (
        WARNING,
        "本表没有“{column}”列，已按“{source}”推断：填了的为“{present}”，没填的为“{absent}”，请核对。",
    ),
    "implied_absent": (
        WARNING,
        "本表既没有“{column}”列，也没有“{source}”列，各行按“{absent}”读取，请核对。",
    ),
    "unfit_column": (
        WARNING,
        "表头“{value}”下的内容大多不是“{column}”（如“{example}”），未按“{column}”读取；"
        "如确是该列，请在下方“核对表头”中指定。",
    ),
    "date_empty": (
        WARNING,
        "“{column}”有 {count} 行没有填写（第{rows}行），这些行入库时不记日期，按上报月份（{period}）计；"
        "如有日期请补上。",
    ),
    "placeholder": (
        WARNING,
        "“{column}”有 {count} 个单元格填写{value}，按未填处理（第{rows}行）。",
    ),
    "number_large": (WARNING, "“{column}”为 {value}，超过通常范围（{limit}），请核对是否多写了数位。"),
    "number_implausible": (
        ERROR,
        "“{column}”为 {value}，远超合理范围（{limit}），不可能是实际数量：请核对是否多写了数位或误填了编号。",
    ),
    "learned_value": (
        WARNING,
        "“{column}”有 {count} 个单元格按本单位确认过的写法读取：{value}（第{rows}行）。"
        "如有误，请在“已确认的对应关系”页面删除该写法后重新上传。",
    ),
    "struck_row": (ERROR, "该行每个单元格都划了删除线，按作废处理，不入库；如该行应上报，请取消删除线后重新上传。"),
    "void_row": (
        ERROR,
        "“{column}”写明“{value}”（{word}），按作废处理，不入库；如该行应上报，请修改“{column}”后重新上传。",
    ),
    "read_across": (
        WARNING,
        "本表每一列是一条记录（字段名在左侧一列），已按列读取：提示中的“第N行”指第N列的记录（第2行即B列）。",
    ),
    "read_split": (
        WARNING,
        "本表有一列填了两项内容（如“企业名称（统一社会信用代码）”“对标标准/对标结果”），已按括号、换行或斜杠分开读取，请核对。",
    ),
    "read_headed": (
        WARNING,
        "本表按企业分组（每家企业一行标题，写明名称和统一社会信用代码，下面是其产品），已把标题中的企业名称和代码填入其下各行，请核对。",
    ),
    "read_forms": (
        WARNING,
        "本表每一块是一条记录（左边是栏目名、右边是内容），已逐块读取：提示中的“第N行”指从第N行开始的那一块。",
    ),
    "void_colour": (
        ERROR,
        "该行底色为{colour}，按表中说明“{colour}：{meaning}”不计入，不入库；如该行应上报，请去掉底色后重新上传。",
    ),
    "earlier_rows": (
        WARNING,
        "本表有 {count} 行按“本月新增”或“月份”一列属于其他月份（第{rows}行），未读取；这些行应在其所属月份上报。",
    ),
    "hidden_rows": (
        WARNING,
        "本表有 {count} 行被隐藏或被筛选隐藏（第{rows}行），未读取；如其中有本月数据，请取消隐藏后重新上传。",
    ),
    "placeholder_required": (ERROR, "“{column}”为必填项，“{value}”不是实际内容，请填写。"),
    "formula_unreadable": (
        ERROR,
        "该单元格是公式（{value}），文件中没有保存计算结果，无法读取：请在 Excel 或 WPS 中打开后保存，"
        "或把该列复制后“粘贴为数值”，再重新上传。",
    ),
    "formula_unreadable_optional": (
        WARNING,
        "该单元格是公式（{value}），文件中没有保存计算结果，按未填处理：请在 Excel 或 WPS 中打开后保存再上传。",
    ),
    "formula_read": (
        WARNING,
        "本表有 {count} 个公式单元格没有保存计算结果，已按公式取值（如 {example}），请核对。",
    ),
}


def message(code: str, **fields: object) -> tuple[str, str]:
    """(severity, Chinese message) for a problem code."""
    severity, template = CATALOGUE[code]
    return severity, template.format(**fields)
