"""Initial schema: catalogue, locations, donors and donations, the movement ledger and stock levels.

Quantities and weights are BIGINT thousandths (see warehouse_app.db.types.Qty).

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name_pl', sa.String(length=120), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('name_uk', sa.String(length=120), nullable=False),
    sa.Column('hs_code', sa.String(length=10), nullable=True),
    sa.Column('min_shelf_life_days', sa.Integer(), nullable=True),
    sa.Column('archived', sa.Boolean(), server_default=sa.text('(false)'), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['category.id'], name=op.f('fk_category_parent_id_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category')),
    sa.UniqueConstraint('code', name=op.f('uq_category_code'))
    )
    with op.batch_alter_table('category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_category_parent_id'), ['parent_id'], unique=False)

    op.create_table('counter',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', 'year', name=op.f('pk_counter'))
    )
    op.create_table('donor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=True),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donor')),
    sa.UniqueConstraint('name', name=op.f('uq_donor_name'))
    )
    op.create_table('location',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('path', sa.String(length=400), nullable=False),
    sa.Column('archived', sa.Boolean(), server_default=sa.text('(false)'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('warehouse', 'zone', 'bin', 'box', 'pallet', 'truck')", name=op.f('ck_location_kind')),
    sa.ForeignKeyConstraint(['parent_id'], ['location.id'], name=op.f('fk_location_parent_id_location')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_location')),
    sa.UniqueConstraint('code', name=op.f('uq_location_code'))
    )
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_location_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_location_path'), ['path'], unique=False)

    op.create_table('operator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.text('(true)'), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.CheckConstraint("role IN ('staff', 'loader', 'manager')", name=op.f('ck_operator_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operator')),
    sa.UniqueConstraint('name', name=op.f('uq_operator_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('donation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('donor_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['donor_id'], ['donor.id'], name=op.f('fk_donation_donor_id_donor')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_donation_operator_id_operator')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_donation')),
    sa.UniqueConstraint('number', name=op.f('uq_donation_number'))
    )
    with op.batch_alter_table('donation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_donation_donor_id'), ['donor_id'], unique=False)

    op.create_table('item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('unit_weight_kg', sa.BigInteger(), nullable=True),
    sa.Column('tracks_expiry', sa.Boolean(), nullable=False),
    sa.Column('min_stock', sa.BigInteger(), nullable=True),
    sa.Column('size', sa.String(length=16), nullable=True),
    sa.Column('gender', sa.String(length=16), nullable=True),
    sa.Column('internal_code', sa.String(length=16), nullable=True),
    sa.Column('archived', sa.Boolean(), server_default=sa.text('(false)'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("unit IN ('pcs', 'kg', 'l', 'pack', 'pair', 'set')", name=op.f('ck_item_unit')),
    sa.CheckConstraint('min_stock IS NULL OR min_stock >= 0', name=op.f('ck_item_min_stock')),
    sa.CheckConstraint('unit_weight_kg IS NULL OR unit_weight_kg >= 0', name=op.f('ck_item_weight')),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_item_category_id_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item')),
    sa.UniqueConstraint('internal_code', name=op.f('uq_item_internal_code'))
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_name'), ['name'], unique=False)

    op.create_table('barcode',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('gtin', sa.String(length=14), nullable=False),
    sa.Column('pack_qty', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('pack_qty > 0', name=op.f('ck_barcode_pack_qty')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_barcode_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_barcode')),
    sa.UniqueConstraint('gtin', name=op.f('uq_barcode_gtin'))
    )
    with op.batch_alter_table('barcode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barcode_item_id'), ['item_id'], unique=False)

    op.create_table('lot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('expiry', sa.Date(), nullable=True),
    sa.Column('lot_code', sa.String(length=64), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_lot_item_id_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lot'))
    )
    with op.batch_alter_table('lot', schema=None) as batch_op:
        batch_op.create_index('uq_lot_item_code_no_expiry', ['item_id', 'lot_code'], unique=True, sqlite_where=sa.text('expiry IS NULL'), postgresql_where=sa.text('expiry IS NULL'))
        batch_op.create_index('uq_lot_item_expiry_code', ['item_id', 'expiry', 'lot_code'], unique=True, sqlite_where=sa.text('expiry IS NOT NULL'), postgresql_where=sa.text('expiry IS NOT NULL'))

    op.create_table('movement',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('from_location_id', sa.Integer(), nullable=True),
    sa.Column('to_location_id', sa.Integer(), nullable=True),
    sa.Column('donation_id', sa.Integer(), nullable=True),
    sa.Column('shipment_id', sa.Integer(), nullable=True),
    sa.Column('operator_id', sa.Integer(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('reverses_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.CheckConstraint("kind IN ('receive', 'move', 'adjust', 'write_off', 'dispatch', 'reversal')", name=op.f('ck_movement_kind')),
    sa.CheckConstraint('from_location_id IS NOT NULL OR to_location_id IS NOT NULL', name=op.f('ck_movement_has_place')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_movement_quantity_positive')),
    sa.ForeignKeyConstraint(['donation_id'], ['donation.id'], name=op.f('fk_movement_donation_id_donation')),
    sa.ForeignKeyConstraint(['from_location_id'], ['location.id'], name=op.f('fk_movement_from_location_id_location')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_movement_item_id_item')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_movement_lot_id_lot')),
    sa.ForeignKeyConstraint(['operator_id'], ['operator.id'], name=op.f('fk_movement_operator_id_operator')),
    sa.ForeignKeyConstraint(['reverses_id'], ['movement.id'], name=op.f('fk_movement_reverses_id_movement')),
    sa.ForeignKeyConstraint(['to_location_id'], ['location.id'], name=op.f('fk_movement_to_location_id_location')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_movement')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_movement_reverses_id'))
    )
    with op.batch_alter_table('movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_movement_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_movement_donation_id'), ['donation_id'], unique=False)
        batch_op.create_index('ix_movement_item_created', ['item_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_movement_shipment_id'), ['shipment_id'], unique=False)

    op.create_table('stock_level',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_stock_level_quantity_not_negative')),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], name=op.f('fk_stock_level_item_id_item')),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_stock_level_location_id_location')),
    sa.ForeignKeyConstraint(['lot_id'], ['lot.id'], name=op.f('fk_stock_level_lot_id_lot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_level')),
    sa.UniqueConstraint('item_id', 'lot_id', 'location_id', name='uq_stock_level_item_lot_location')
    )
    with op.batch_alter_table('stock_level', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_level_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_level_lot_id'), ['lot_id'], unique=False)




def downgrade() -> None:
    
    with op.batch_alter_table('stock_level', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_level_lot_id'))
        batch_op.drop_index(batch_op.f('ix_stock_level_location_id'))

    op.drop_table('stock_level')
    with op.batch_alter_table('movement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_movement_shipment_id'))
        batch_op.drop_index('ix_movement_item_created')
        batch_op.drop_index(batch_op.f('ix_movement_donation_id'))
        batch_op.drop_index(batch_op.f('ix_movement_created_at'))

    op.drop_table('movement')
    with op.batch_alter_table('lot', schema=None) as batch_op:
        batch_op.drop_index('uq_lot_item_expiry_code', sqlite_where=sa.text('expiry IS NOT NULL'), postgresql_where=sa.text('expiry IS NOT NULL'))
        batch_op.drop_index('uq_lot_item_code_no_expiry', sqlite_where=sa.text('expiry IS NULL'), postgresql_where=sa.text('expiry IS NULL'))

    op.drop_table('lot')
    with op.batch_alter_table('barcode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_barcode_item_id'))

    op.drop_table('barcode')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_name'))
        batch_op.drop_index(batch_op.f('ix_item_category_id'))

    op.drop_table('item')
    with op.batch_alter_table('donation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_donation_donor_id'))

    op.drop_table('donation')
    op.drop_table('setting')
    op.drop_table('operator')
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_location_path'))
        batch_op.drop_index(batch_op.f('ix_location_parent_id'))

    op.drop_table('location')
    op.drop_table('donor')
    op.drop_table('counter')
    with op.batch_alter_table('category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_category_parent_id'))

    op.drop_table('category')

