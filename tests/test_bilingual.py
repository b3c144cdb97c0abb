import pytest

from mt_repair.bilingual import check_pair, read_pairs
from mt_repair.errors import UserError


def rules(src, tgt):
    return [f.rule for f in check_pair(src, tgt) if f.confidence >= 0.7]


MUST_FLAG = [
    ("La inflación fue de 3,5% en 2023.", "Inflation was 3.6% in 2023.", "bilingual-number"),
    ("Llegaron 1.500 migrantes.", "1,300 migrants arrived.", "bilingual-number"),
    ("Lo anunció el 5 de marzo.", "He announced it on 5 April.", "bilingual-number"),
    ("Sheinbaum se reunió con Ebrard.", "The president met with the minister.", "bilingual-name"),
    ("El pleno de la Cámara aprobó la reforma judicial por mayoría.",
     "El pleno de la Cámara aprobó la reforma judicial por mayoría.", "bilingual-untranslated"),
    ("Hola {name}, tienes %d mensajes.", "Hello, you have %s messages.", "bilingual-placeholder"),
    ("Pulse <b>Guardar</b> para continuar.", "Press Save to continue.", "bilingual-placeholder"),
    ("El gobierno anunció ayer un amplio paquete de medidas económicas para los afectados por las lluvias.",
     "Yes.", "bilingual-length"),
]

MUST_PASS = [
    ("La inflación fue de 3,5% en 2023.", "Inflation was 3.5% in 2023."),
    ("Llegaron 1.500 migrantes el 5 de marzo.", "1,500 migrants arrived on March 5."),
    ("Sheinbaum se reunió con Ebrard en Nueva York.", "Sheinbaum met with Ebrard in New York."),
    ("Hola {name}, tienes %d mensajes.", "Hello {name}, you have %d messages."),
    ("Pulse <b>Guardar</b> para continuar.", "Press <b>Save</b> to continue."),
    ("Murieron dos personas.", "Two people died."),
    ("Viajó a Múnich y Jerusalén.", "He travelled to Munich and Jerusalem."),
]


@pytest.mark.parametrize("src, tgt, rule", MUST_FLAG)
def test_flags(src, tgt, rule):
    assert rule in rules(src, tgt)


@pytest.mark.parametrize("src, tgt", MUST_PASS)
def test_clean_pairs(src, tgt):
    assert rules(src, tgt) == []


def test_offsets_point_into_target():
    t = "Inflation was 3.6% in 2023."
    f = check_pair("La inflación fue de 3,5% en 2023.", t)[0]
    assert t[f.start:f.end] == f.original == "3.6" and f.candidates == ()


def test_read_pairs(tmp_path):
    j = tmp_path / "p.jsonl"
    j.write_text('{"source": "Hola", "target": "Hello"}\n\n{"source": "Adiós", "target": "Bye"}\n')
    assert list(read_pairs(str(j))) == [("Hola", "Hello"), ("Adiós", "Bye")]
    t = tmp_path / "p.tsv"
    t.write_text("id\ttarget\tsource\n1\tHello\tHola\n")
    assert list(read_pairs(str(t))) == [("Hola", "Hello")]
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"source": "x"}\n')
    with pytest.raises(UserError, match="b.jsonl:1"):
        list(read_pairs(str(bad)))
