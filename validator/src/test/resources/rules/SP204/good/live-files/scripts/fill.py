import common
from helpers import (
    merge,
    split,
)
TEMPLATE = 'templates/form.xml'
